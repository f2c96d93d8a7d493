import { byteOrder } from "../byte-order";
/**
 * Collection functions and conversions with Terraform's types where they show in values: sets
 * (toset orders strings by code point, numbers by value, false before true; they cannot be
 * indexed), element types unified by tolist/toset/tomap, keys in cty's order.
 */
import { unifyValues } from "../conversions";
import {
  asList,
  asNumber,
  EvaluationFailure,
  isObject,
  isSet,
  markSet,
  NotExact,
  sameValue,
  setEntry,
  sortedKeys,
  type HclObject,
  type HclValue,
} from "../values";

function compareSetElements(a: HclValue, b: HclValue): number {
  if (typeof a === "string" && typeof b === "string") return byteOrder(a, b);
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  // cty orders other sets by hash: not modelled.
  throw new NotExact("toset: an order the evaluator does not model");
}

export function toSet(value: HclValue): HclValue[] {
  const items = unifyValues(asList(value, "toset"), "toset");
  if (items.some((item) => item === null || typeof item === "object"))
    throw new NotExact("toset: null or collection elements");
  // After unification every element has one primitive type, so its text identifies it.
  const unique = new Map(items.map((item) => [typeof item === "string" ? item.normalize("NFC") : String(item), item]));
  return markSet([...unique.values()].sort(compareSetElements));
}

export function toList(value: HclValue): HclValue[] {
  const items = asList(value, "tolist");
  return isSet(value) ? [...items] : unifyValues(items, "tolist");
}

export function toMap(value: HclValue): HclObject {
  if (!isObject(value)) throw new EvaluationFailure("tomap: expected a map or an object");
  const keys = sortedKeys(value);
  const unified = unifyValues(
    keys.map((key) => value[key]!),
    "tomap",
  );
  const result: HclObject = {};
  keys.forEach((key, i) => setEntry(result, key, unified[i]!));
  return result;
}

export function mapKeys(value: HclValue): HclValue[] {
  if (!isObject(value)) throw new EvaluationFailure("keys: expected a map or an object");
  return sortedKeys(value);
}

export function mapValues(value: HclValue): HclValue[] {
  if (!isObject(value)) throw new EvaluationFailure("values: expected a map or an object");
  return sortedKeys(value).map((key) => value[key]!);
}

export function mergeObjects(args: HclValue[]): HclObject {
  const result: HclObject = {};
  for (const map of args) {
    if (map === null) continue;
    if (!isObject(map)) throw new EvaluationFailure("merge: expected maps or objects");
    for (const key of Object.keys(map)) setEntry(result, key, map[key]!);
  }
  return result;
}

export function concatLists(args: HclValue[]): HclValue[] {
  if (args.some(isSet)) throw new EvaluationFailure("concat: sets are not lists");
  return args.flatMap((list) => asList(list, "concat"));
}

export function elementAt(list: HclValue, index: HclValue): HclValue {
  if (isSet(list)) throw new NotExact("element of a set");
  const items = asList(list, "element");
  if (items.length === 0) throw new EvaluationFailure("element: empty list");
  const at = asNumber(index, "element");
  if (!Number.isInteger(at)) throw new EvaluationFailure("element: index must be a whole number");
  if (!Number.isSafeInteger(at)) throw new NotExact("element: an index beyond Terraform's integers");
  // Terraform takes the index modulo the length with Go's sign (that of the index), and refuses a negative rest:
  // element(["a", "b"], -2) is "a", element(["a", "b", "c"], -1) an error (terraform 1.11.4).
  const rest = at % items.length;
  if (rest < 0) throw new EvaluationFailure("element: a negative index that is not a multiple of the length");
  return items[Math.abs(rest)]!;
}

export function containsValue(list: HclValue, value: HclValue): boolean {
  if (value === null) throw new EvaluationFailure("contains: the value must not be null");
  return asList(list, "contains").some((item) => sameValue(item, value));
}

/** coalesce(): the first argument that is neither null nor "", after the arguments are unified. */
export function coalesceValues(args: HclValue[]): HclValue {
  const unified = unifyValues(args, "coalesce");
  const found = unified.find((value) => value !== null && value !== "");
  if (found === undefined) throw new EvaluationFailure("coalesce: no non-null, non-empty argument");
  return found;
}
