import { bodies, type Body } from "../terraform-json-blocks";
import { evaluateTemplate, toJson, type HclValue, type Scope } from "./expression";
import { isObject, isSet, sortedKeys } from "./values";

const NOTHING_KNOWN: Scope = { variable: () => undefined, local: () => undefined };

/**
 * Walks a body and replaces `dynamic` blocks, at any depth, by the blocks they generate, next to
 * the static blocks of the same name. Other strings are evaluated only when asked to.
 */
function walk(value: unknown, scope: Scope, evaluateStrings: boolean): unknown {
  if (typeof value === "string") return evaluateStrings ? toJson(evaluateTemplate(value, scope)) : value;
  if (Array.isArray(value)) return value.map((item) => walk(item, scope, evaluateStrings));
  if (!value || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== "dynamic") result[key] = walk(item, scope, evaluateStrings);
  }
  for (const [name, generators] of Object.entries(((value as Body).dynamic ?? {}) as Record<string, unknown>)) {
    const generated = bodies(generators, `dynamic.${name}`, "configuration").flatMap((generator) =>
      expandDynamic(name, generator, scope),
    );
    const existing =
      result[name] === undefined ? [] : Array.isArray(result[name]) ? (result[name] as unknown[]) : [result[name]];
    result[name] = [...existing, ...generated];
  }
  return result;
}

/** Evaluates every string in a body (a .tf block); the result is plain JSON. */
export function evaluateBody(value: unknown, scope: Scope): unknown {
  return walk(value, scope, true);
}

/**
 * For Terraform JSON (cdk.tf.json, a .tf.json file on its own): only what `dynamic` blocks generate
 * is evaluated; variables are not known there, so a for_each over one gives a single block with
 * the iterator unresolved.
 */
export function expandDynamicBlocks(body: Body): Body {
  return walk(body, NOTHING_KNOWN, false) as Body;
}

/**
 * The blocks a `dynamic "<name>"` generator makes: one per element of a for_each the reader can
 * evaluate, else one block whose iterator is unknown, so what it carries is assessed as unresolved
 * (a generator is never dropped: dropping it would hide role grants or permissions).
 */
function expandDynamic(name: string, generator: Body, scope: Scope): unknown[] {
  const iterator =
    typeof generator.iterator === "string" ? generator.iterator.replace(/^\$\{(.*)\}$/, "$1").trim() : name;
  const collection =
    typeof generator.for_each === "string"
      ? evaluateTemplate(generator.for_each, scope)
      : (generator.for_each as HclValue | undefined);
  const contents = (Array.isArray(generator.content) ? generator.content : [generator.content ?? {}]) as Body[];
  // As Terraform iterates: a set's elements are their own keys, an object's keys in cty's order.
  const entries: Array<[HclValue, HclValue]> | undefined = Array.isArray(collection)
    ? collection.map((item, index) => [isSet(collection) ? item : index, item])
    : isObject(collection)
      ? sortedKeys(collection).map((key) => [key, collection[key]!])
      : undefined;
  const bind = (binding: HclValue | undefined): Scope => ({
    ...scope,
    symbol: (symbol) => (symbol === iterator ? binding : scope.symbol?.(symbol)),
  });
  if (!entries) return contents.map((content) => evaluateBody(content, bind(undefined)));
  return entries.flatMap(([key, item]) => contents.map((content) => evaluateBody(content, bind({ key, value: item }))));
}
