/**
 * The values of the static HCL evaluator. `Unknown` and `Reference` are what Terraform would only
 * know at plan or apply time; the engine fails closed on both.
 */
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

export type HclValue =
  string | number | boolean | null | HclValue[] | { [key: string]: HclValue } | Unknown | Reference;
export type HclObject = { [key: string]: HclValue };

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
    if (Array.isArray(current)) stack.push(...current);
    else if (current && typeof current === "object") stack.push(...Object.values(current));
  }
  return true;
}

/** The text Terraform would leave for a value inside a string. */
export function render(value: HclValue): string {
  if (value instanceof Reference) return `\${${value.path}}`;
  if (value instanceof Unknown) return `\${${value.expression}}`;
  if (value === null) return "";
  if (typeof value === "object") return JSON.stringify(toJson(value));
  return String(value);
}

/** A value as JSON, with references and unknowns kept as their "${...}" text. */
export function toJson(value: HclValue): unknown {
  if (value instanceof Reference || value instanceof Unknown) return render(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, toJson((value as HclObject)[key]!)]),
    );
  }
  return value;
}

/** A primitive as Terraform converts it to a string (numbers and bools convert; null and collections do not). */
export function asString(value: HclValue, what: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new EvaluationFailure(`${what}: expected a string`);
}

export function asNumber(value: HclValue, what: string): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  throw new EvaluationFailure(`${what}: expected a number`);
}

export function asBool(value: HclValue, what: string): boolean {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  throw new EvaluationFailure(`${what}: expected a bool`);
}

export function asList(value: HclValue, what: string): HclValue[] {
  if (Array.isArray(value)) return value;
  throw new EvaluationFailure(`${what}: expected a list`);
}

/** Deep equality of known values, as `==` compares them. */
export function sameValue(a: HclValue, b: HclValue): boolean {
  return JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));
}
