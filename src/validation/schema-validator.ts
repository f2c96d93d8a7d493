import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { z } from "zod";
import type { InputProblem } from "./input-error";

// verbose: errors carry their schema, so a pattern error can say what the pattern means.
const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
addFormats(ajv);

const compiled = new WeakMap<z.ZodType, ValidateFunction>();

/** The published JSON Schema of a zod schema (zod is the single source of truth). */
export function jsonSchemaOf(schema: z.ZodType, id?: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return id ? { $id: id, ...json } : json;
}

function pointerToPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), "");
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
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
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(jsonSchemaOf(schema));
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
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
