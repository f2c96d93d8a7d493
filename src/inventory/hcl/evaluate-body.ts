import { bodies, type Body } from "../terraform-json-blocks";
import { evaluateTemplate, Reference, toJson, Unknown, type HclValue, type Scope } from "./expression";

/**
 * Evaluates every string in a body; objects and lists are walked, the result is plain JSON.
 * `dynamic` blocks become the blocks they generate, next to the static blocks of the same name.
 */
export function evaluateBody(value: unknown, scope: Scope): unknown {
  if (typeof value === "string") return toJson(evaluateTemplate(value, scope));
  if (Array.isArray(value)) return value.map((item) => evaluateBody(item, scope));
  if (!value || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== "dynamic") result[key] = evaluateBody(item, scope);
  }
  for (const [name, generators] of Object.entries(((value as Body).dynamic ?? {}) as Record<string, unknown>)) {
    const generated = bodies(generators, `dynamic.${name}`, "configuration").flatMap((generator) => expandDynamic(name, generator, scope));
    result[name] = [...(Array.isArray(result[name]) ? (result[name] as unknown[]) : []), ...generated];
  }
  return result;
}

/**
 * The blocks a `dynamic "<name>"` generator makes: one per element of a for_each the reader can
 * evaluate, else one block whose iterator is unknown, so what it carries is assessed as unresolved
 * (a generator is never dropped: dropping it would hide role grants or permissions).
 */
function expandDynamic(name: string, generator: Body, scope: Scope): unknown[] {
  const iterator = typeof generator.iterator === "string" ? generator.iterator.replace(/^\$\{(.*)\}$/, "$1").trim() : name;
  const collection = typeof generator.for_each === "string" ? evaluateTemplate(generator.for_each, scope) : (generator.for_each as HclValue | undefined);
  const contents = (Array.isArray(generator.content) ? generator.content : [generator.content ?? {}]) as Body[];
  const entries: Array<[HclValue, HclValue]> | undefined = Array.isArray(collection)
    ? collection.map((item, index) => [index, item])
    : collection && typeof collection === "object" && !(collection instanceof Unknown) && !(collection instanceof Reference)
      ? Object.entries(collection)
      : undefined;
  const bind = (binding: HclValue | undefined): Scope => ({ ...scope, symbol: (symbol) => (symbol === iterator ? binding : scope.symbol?.(symbol)) });
  if (!entries) return contents.map((content) => evaluateBody(content, bind(undefined)));
  return entries.flatMap(([key, item]) => contents.map((content) => evaluateBody(content, bind({ key, value: item }))));
}


const NOTHING_KNOWN: Scope = { variable: () => undefined, local: () => undefined };

function hasDynamic(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasDynamic);
  if (!value || typeof value !== "object") return false;
  return "dynamic" in value || Object.values(value).some(hasDynamic);
}

/**
 * For Terraform JSON (cdk.tf.json, *.tf.json read on their own): replaces `dynamic` blocks, at any
 * depth, by the blocks they generate. Only the generated content is evaluated; variables are not
 * known there, so a for_each over one gives a single block with the iterator unresolved.
 */
export function expandDynamicBlocks(body: Body): Body {
  return hasDynamic(body) ? (evaluateDynamicOnly(body) as Body) : body;
}

function evaluateDynamicOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(evaluateDynamicOnly);
  if (!value || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== "dynamic") result[key] = evaluateDynamicOnly(item);
  if (!("dynamic" in value)) return result;
  const generated = evaluateBody({ dynamic: (value as Body).dynamic }, NOTHING_KNOWN) as Record<string, unknown[]>;
  for (const [name, blocks] of Object.entries(generated)) result[name] = [...(Array.isArray(result[name]) ? (result[name] as unknown[]) : result[name] ? [result[name]] : []), ...blocks];
  return result;
}
