import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { z } from "zod";
import type { InputProblem } from "./input-error";

// Valid input, the common case, is checked by a validator that stops at the first error; only input
// that fails is validated again with every error (verbose: errors carry their schema, so a pattern
// error can say what the pattern means). Both accept exactly the same values.
const quick = new Ajv2020({ allErrors: false, strict: false });
const thorough = new Ajv2020({ allErrors: true, strict: false, verbose: true });
addFormats(quick);
addFormats(thorough);

const compiledQuick = new WeakMap<z.ZodType, ValidateFunction>();
const compiledThorough = new WeakMap<z.ZodType, ValidateFunction>();

function compiledFor(ajv: Ajv2020, cache: WeakMap<z.ZodType, ValidateFunction>, schema: z.ZodType): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(jsonSchemaOf(schema));
    cache.set(schema, validate);
  }
  return validate;
}

/** The published JSON Schema of a zod schema (zod is the single source of truth). */
export function jsonSchemaOf(schema: z.ZodType, id?: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return id ? { $id: id, ...json } : json;
}

/** A path as the messages write it: `data_elements[3].risk_level`. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map(String)
    .reduce(
      (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment),
      "",
    );
}

function pointerToPath(pointer: string): string {
  return jsonPath(
    pointer
      .split("/")
      .slice(1)
      .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")),
  );
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `expected ${JSON.stringify(params.allowedValue)}`;
    case "type":
      return `expected ${String(params.type)}`;
    case "required":
      return `missing required property "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `unknown property "${String(params.additionalProperty)}"`;
    case "pattern": {
      const meaning = (error.parentSchema as { description?: string } | undefined)?.description;
      return meaning ? `expected ${meaning}` : `expected a value matching ${String(params.pattern)}`;
    }
    default:
      return `expected a value that ${error.message ?? "matches the schema"}`;
  }
}

/** Validates with ajv against the JSON Schema generated from `schema`; problems name file and path. */
export function validateAgainst(schema: z.ZodType, value: unknown, file: string): InputProblem[] {
  if (compiledFor(quick, compiledQuick, schema)(value)) return [];
  const validate = compiledFor(thorough, compiledThorough, schema);
  // Never the case (both compile one schema); if it were, the value is not taken as valid.
  if (validate(value))
    return [{ file, location: "", expected: "a value its schema accepts (the quick and the thorough check disagree)" }];
  const errors = validate.errors ?? [];
  // An enum error says more than the type error ajv also reports for the same value.
  const enumPaths = new Set(errors.filter((error) => error.keyword === "enum").map((error) => error.instancePath));
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  for (const error of errors) {
    if (error.keyword === "type" && enumPaths.has(error.instancePath)) continue;
    const problem = { file, location: pointerToPath(error.instancePath), expected: expectation(error) };
    const key = `${problem.location}|${problem.expected}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}
