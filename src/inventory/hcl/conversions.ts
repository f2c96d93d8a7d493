/**
 * Terraform's type unification where the evaluator needs it: the elements of tolist/toset/tomap,
 * the two results of a conditional, the arguments of coalesce. Primitives unify as cty does (a
 * string with numbers or bools makes them all strings; numbers with bools is an error); anything
 * the evaluator cannot unify exactly (collections of different shapes) is NotExact.
 */
import { asString, EvaluationFailure, isObject, isSet, NotExact, sortedKeys, type HclValue } from "./values";

/** The shape of a known value, as far as unification needs it. */
function shapeOf(value: HclValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `${isSet(value) ? "set" : "tuple"}[${value.map(shapeOf).join(",")}]`;
  if (isObject(value)) return `{${sortedKeys(value).map((key) => `${JSON.stringify(key)}:${shapeOf(value[key]!)}`)}}`;
  return typeof value;
}

function isPrimitive(value: HclValue): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** Converts known values to their common type, or fails as Terraform does, or is NotExact. */
export function unifyValues(values: HclValue[], what: string): HclValue[] {
  const present = values.filter((value) => value !== null);
  if (present.length === 0) return values;
  if (present.every(isPrimitive)) {
    const types = new Set(present.map((value) => typeof value));
    if (types.size === 1) return values;
    if (!types.has("string")) throw new EvaluationFailure(`${what}: numbers and bools have no common type`);
    return values.map((value) => (value === null ? null : asString(value, what)));
  }
  if (present.some(isPrimitive)) throw new NotExact(`${what}: primitives mixed with collections`);
  // Terraform rejects a null beside collections in a list (it cannot give the null their type).
  if (present.length < values.length) throw new NotExact(`${what}: null beside collections`);
  const shape = shapeOf(present[0]!);
  if (present.every((value) => shapeOf(value) === shape)) return values;
  throw new NotExact(`${what}: collections of different types`);
}

const isPlainObject = (value: HclValue): value is Record<string, HclValue> =>
  value !== null &&
  typeof value === "object" &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;
const isEmptyObject = (value: HclValue): boolean => isPlainObject(value) && Object.keys(value).length === 0;

/** The result of `cond ? a : b` when `chosen` is taken and `other` is the known result not taken. */
export function conditionalResult(chosen: HclValue, other: HclValue): HclValue {
  if (chosen === null || other === null) return chosen;
  if (isPrimitive(chosen) !== isPrimitive(other)) throw new EvaluationFailure("inconsistent conditional result types");
  // `c ? {} : {a = 1}` is tomap({}) whichever is taken (terraform 1.11.4): an empty object and an object whose
  // attributes unify make a map. Attributes that do not unify are Terraform's "Inconsistent conditional result types".
  if (isEmptyObject(chosen) && isPlainObject(other)) {
    unifyValues(Object.values(other), "conditional");
    return chosen;
  }
  return unifyValues([chosen, other], "conditional")[0]!;
}
