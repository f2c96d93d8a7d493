import { InputError } from "../../validation/input-error";
import { evaluateTemplate, scopeWith, type Scope } from "./expression";
import { isObject, isWhollyKnown, Unknown, type HclValue } from "./values";

/** More instances than any Genesys configuration has: evaluating them would only exhaust memory. */
const MAX_INSTANCES = 1000;

/** One instance of a resource block: its key in the address (`[0]`, `["eu"]`) and what it sees. */
export interface ResourceInstance {
  key?: number | string;
  scope: Scope;
}

function evaluated(value: unknown, scope: Scope): HclValue {
  return typeof value === "string" ? evaluateTemplate(value, scope) : (value as HclValue);
}

/** Where a block is, for messages: its file and `resource "type" "name"` or `module "name"`. */
interface BlockLocation {
  file: string;
  block: string;
}

type Instances = { instances: ResourceInstance[]; unresolved?: string };

/**
 * The instances Terraform would create for a resource block with `count` or `for_each`, each
 * with `count.index` or `each.key`/`each.value` bound. When the count or collection is not known
 * statically, one instance is assessed with those symbols unresolved (fail closed: never none),
 * and `unresolved` says why.
 */
export function resourceInstances(body: Record<string, unknown>, scope: Scope, where: BlockLocation): Instances {
  const hasCount = body.count !== undefined;
  const hasForEach = body.for_each !== undefined;
  if (hasCount && hasForEach)
    throw new InputError([
      {
        file: where.file,
        location: where.block,
        expected: "either count or for_each, not both (Terraform rejects both)",
      },
    ]);
  if (!hasCount && !hasForEach) return { instances: [{ scope }] };
  const notKnown = (what: string) => oneUnresolvedInstance(scope, where, hasCount ? "count" : "for_each", what);
  return hasCount
    ? countInstances(evaluated(body.count, scope), scope, notKnown)
    : forEachInstances(evaluated(body.for_each, scope), scope, notKnown);
}

/** The one instance assessed when the instances cannot be known, with the symbols it would bind unknown. */
function oneUnresolvedInstance(scope: Scope, where: BlockLocation, by: "count" | "for_each", what: string): Instances {
  return {
    instances: [
      {
        scope: scopeWith(
          scope,
          by === "count"
            ? { count: { index: new Unknown("count.index") } }
            : { each: { key: new Unknown("each.key"), value: new Unknown("each.value") } },
        ),
      },
    ],
    unresolved: `${where.block} in ${where.file}: ${what}; one instance is assessed with ${by === "count" ? "count.index" : "each.key and each.value"} unresolved`,
  };
}

/** `count = n`: instances 0 to n-1, when n is a known whole number no larger than the gate expands. */
function countInstances(count: HclValue, scope: Scope, notKnown: (what: string) => Instances): Instances {
  const n =
    typeof count === "number" ? count : typeof count === "string" && /^\d+$/.test(count) ? Number(count) : undefined;
  if (n === undefined || !Number.isInteger(n) || n < 0) return notKnown("count cannot be evaluated statically");
  if (n > MAX_INSTANCES) return notKnown(`count is ${n}, more than the ${MAX_INSTANCES} instances the gate expands`);
  return {
    instances: Array.from({ length: n }, (_v, index) => ({
      key: index,
      scope: scopeWith(scope, { count: { index } }),
    })),
  };
}

/** `for_each`: one instance per key of a map, or per string of a known set, in key order. */
function forEachInstances(collection: HclValue, scope: Scope, notKnown: (what: string) => Instances): Instances {
  const size = isObject(collection)
    ? Object.keys(collection).length
    : Array.isArray(collection)
      ? collection.length
      : 0;
  if (size > MAX_INSTANCES)
    return notKnown(`for_each has ${size} elements, more than the ${MAX_INSTANCES} instances the gate expands`);
  if (isObject(collection)) {
    return {
      instances: Object.keys(collection)
        .sort()
        .map((key) => ({ key, scope: scopeWith(scope, { each: { key, value: collection[key]! } }) })),
    };
  }
  if (Array.isArray(collection) && isWhollyKnown(collection) && collection.every((item) => typeof item === "string")) {
    const keys = [...new Set(collection as string[])].sort();
    return { instances: keys.map((key) => ({ key, scope: scopeWith(scope, { each: { key, value: key } }) })) };
  }
  return notKnown("for_each cannot be evaluated statically (a map, or a set of known strings, is needed)");
}

/** The instance part of an address, as Terraform writes it: `[0]`, `["key"]`. */
export function instanceSuffix(key: number | string | undefined): string {
  return key === undefined ? "" : typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
