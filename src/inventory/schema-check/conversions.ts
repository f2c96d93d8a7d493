// What Terraform's type conversion (cty) accepts for a value the configuration gives literally.
// Checked against `terraform console` (test/inventory/schema-check/conversion-vectors.json):
// a number or bool converts to a string; "1e3", ".5", "inf" to a number, "abc" or " 1" not;
// "true", "false", "1" and "0" to a bool, "True" not; an object with extra attributes to an
// object type (the extras are dropped). A value that is not known yet never fails.

/** An attribute type as `terraform providers schema -json` writes it. */
export type AttributeType = string | [string, unknown] | unknown[];

/** A string that still holds an expression (`${…}`, `%{…}`) is known only at plan time. */
function isPendingText(value: unknown): boolean {
  return typeof value === "string" && /[$%]\{/.test(value);
}

const NUMBER_TEXT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[Ii]nf)$/;
const BOOL_TEXT = new Set(["true", "false", "1", "0"]);

/** A value as an error message names it. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return typeof value === "string"
    ? `the string ${JSON.stringify(value.slice(0, 40))}`
    : `the ${typeof value} ${String(value)}`;
}

/** The type as Terraform names it in its messages: "list of string", "map of number". */
function typeName(type: AttributeType): string {
  if (typeof type === "string") return type;
  const [kind, element] = type as [string, AttributeType];
  if (kind === "object") return "object";
  return `${kind} of ${typeName(element)}`;
}

function primitiveProblem(value: unknown, type: string): string | undefined {
  if (typeof value === "string" && isPendingText(value)) return undefined;
  if (type === "dynamic") return undefined;
  const fits =
    type === "string"
      ? typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      : type === "number"
        ? typeof value === "number" || (typeof value === "string" && NUMBER_TEXT.test(value))
        : type === "bool"
          ? typeof value === "boolean" || (typeof value === "string" && BOOL_TEXT.has(value))
          : true;
  return fits ? undefined : `${type} required, got ${kindOf(value)}`;
}

/** A place inside the value (`[2]`, `.key`) and what Terraform expected there. */
export interface ConversionProblem {
  at: string;
  expected: string;
}

function collectionProblems(value: unknown, kind: string, element: AttributeType): ConversionProblem[] {
  const whole = { at: "", expected: `${typeName([kind, element])} required, got ${kindOf(value)}` };
  if (kind === "map") {
    if (!value || typeof value !== "object" || Array.isArray(value)) return [whole];
    return Object.entries(value).flatMap(([key, item]) =>
      conversionProblems(item, element).map((problem) => ({ ...problem, at: `[${JSON.stringify(key)}]${problem.at}` })),
    );
  }
  if (kind === "object") return value && typeof value === "object" && !Array.isArray(value) ? [] : [whole];
  if (!Array.isArray(value)) return [whole];
  return value.flatMap((item, index) =>
    conversionProblems(item, element).map((problem) => ({ ...problem, at: `[${index}]${problem.at}` })),
  );
}

/**
 * Where a literal value cannot convert to the attribute's type, as Terraform would refuse it.
 * Null is "not set" and always converts; so does a value not known until plan time.
 */
export function conversionProblems(value: unknown, type: AttributeType): ConversionProblem[] {
  if (value === null || value === undefined || isPendingText(value)) return [];
  if (typeof type === "string") {
    const problem = primitiveProblem(value, type);
    return problem ? [{ at: "", expected: problem }] : [];
  }
  const [kind, element] = type as [string, AttributeType];
  // Object attributes (the provider's legacy "attribute as blocks") are checked only for their shape.
  if (kind === "object") return collectionProblems(value, "object", element);
  // Written as blocks, one object stands for a list of one (the provider's legacy "attribute as blocks").
  const isObjectElement = Array.isArray(element) && element[0] === "object";
  if (isObjectElement && typeof value === "object" && !Array.isArray(value)) return [];
  return collectionProblems(value, kind, element);
}
