/**
 * The values of the static HCL evaluator. `Unknown` and `Reference` are what Terraform would only
 * know at plan or apply time; the engine fails closed on both.
 */
import { setOwnMember } from "../../validation/own-member";
import { byteOrder } from "./byte-order";
import { exactNumber, formatNumber } from "./numbers";

export class Unknown {
  constructor(readonly expression: string) {}
}

/** A reference to another resource's attribute, kept symbolic (Terraform resolves it at apply). */
export class Reference {
  constructor(readonly path: string) {}
}

/**
 * An expression Terraform itself would reject (a missing key, an index out of range, a function
 * given the wrong type). `try` and `can` catch it; anywhere else the expression stays unresolved.
 */
export class EvaluationFailure extends Error {}

/**
 * A value this evaluator cannot give exactly as Terraform would (a number beyond a double's digits,
 * a case mapping or a conversion it does not model). Never caught by `try`/`can`: the expression
 * that needed it is unresolved.
 */
export class NotExact extends Error {}

export type HclValue =
  string | number | boolean | null | HclValue[] | { [key: string]: HclValue } | Unknown | Reference;
export type HclObject = { [key: string]: HclValue };

/** Lists that are Terraform sets (toset): they cannot be indexed, and `for` binds each element as its key. */
const SETS = new WeakSet<HclValue[]>();

export function markSet(items: HclValue[]): HclValue[] {
  SETS.add(items);
  return items;
}

export function isSet(value: HclValue | undefined): boolean {
  return Array.isArray(value) && SETS.has(value);
}

/** Sets a key as data, even `__proto__`: an object key is a name in Terraform, never a prototype. */
export function setEntry(object: HclObject, key: string, value: HclValue): void {
  setOwnMember(object, key, value);
}

export function sortedKeys(object: HclObject): string[] {
  return Object.keys(object).sort(byteOrder);
}

export function isPending(value: HclValue | undefined): value is Unknown | Reference {
  return value instanceof Unknown || value instanceof Reference;
}

export function isObject(value: HclValue | undefined): value is HclObject {
  return !!value && typeof value === "object" && !Array.isArray(value) && !isPending(value);
}

/** True when nothing inside the value waits for plan or apply time. Iterative: values can be deep. */
export function isWhollyKnown(value: HclValue): boolean {
  const stack: HclValue[] = [value];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isPending(current)) return false;
    // One push at a time: spreading a list of 200,000 items into push overflows the call stack.
    if (Array.isArray(current)) for (const item of current) stack.push(item);
    else if (current && typeof current === "object") for (const item of Object.values(current)) stack.push(item);
  }
  return true;
}

/** The text Terraform would leave for a value inside a string. */
export function render(value: HclValue): string {
  if (value instanceof Reference) return `\${${value.path}}`;
  if (value instanceof Unknown) return `\${${value.expression}}`;
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "object") return JSON.stringify(toJson(value));
  return String(value);
}

/** A value as JSON, with references and unknowns kept as their "${...}" text. */
export function toJson(value: HclValue): unknown {
  if (value instanceof Reference || value instanceof Unknown) return render(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(sortedKeys(value).map((key) => [key, toJson((value as HclObject)[key]!)]));
  }
  return value;
}

/** A primitive as Terraform converts it to a string (numbers and bools convert; null and collections do not). */
export function asString(value: HclValue, what: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  throw new EvaluationFailure(`${what}: expected a string`);
}

/** The decimal syntax Terraform accepts when it converts a string to a number. */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function asNumber(value: HclValue, what: string): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    if (NUMBER_TEXT.test(value)) {
      const number = exactNumber(value);
      if (number === undefined) throw new NotExact(`${what}: ${value} has more digits than the evaluator keeps`);
      return number;
    }
    if (/^[+-]?inf(inity)?$/i.test(value)) throw new NotExact(`${what}: infinity`);
  }
  throw new EvaluationFailure(`${what}: expected a number`);
}

export function asBool(value: HclValue, what: string): boolean {
  if (typeof value === "boolean") return value;
  // cty converts these four strings, and only these, to a bool: tobool("1"), "0" ? a : b, !"0" (terraform 1.11.4).
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new EvaluationFailure(`${what}: expected a bool`);
}

export function asList(value: HclValue, what: string): HclValue[] {
  if (Array.isArray(value)) return value;
  throw new EvaluationFailure(`${what}: expected a list`);
}

/**
 * `==` as Terraform compares known values: values of different types are never equal (1 != "1").
 * Collections are not compared: a tuple and a list with the same elements differ in Terraform, and
 * the evaluator does not keep that distinction.
 */
export function sameValue(a: HclValue, b: HclValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "object" || typeof b === "object") throw new NotExact("== between collections");
  if (typeof a !== typeof b) return false;
  if (typeof a === "string") return a.normalize("NFC") === (b as string).normalize("NFC");
  return a === b;
}
