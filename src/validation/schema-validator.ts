import * as fs from "node:fs";
import * as path from "node:path";
import type Ajv2020 from "ajv/dist/2020";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020";
import { z } from "zod";
import type { InputProblem } from "./input-error";

// Valid input, the common case, is checked by a validator that stops at the first error; only input
// that fails is validated again with every error (verbose: errors carry their schema, so a pattern
// error can say what the pattern means). Both accept exactly the same values. The quick validators of
// the schemas every run needs are compiled by the build (ajv standalone code, checked equal to the
// schema by test/validation/precompiled-validators.test.ts); ajv itself is loaded only to compile the
// others, or the thorough validator once a value fails.

/** An ajv compiler with the options of the quick validator; `source` keeps the code for standalone output. */
export function quickValidatorCompiler(code: { source?: boolean } = {}): Ajv2020 {
  return withFormats(new (loadAjv())({ allErrors: false, strict: false, code }));
}

function loadAjv(): typeof Ajv2020 {
  return (require("ajv/dist/2020") as { default: typeof Ajv2020 }).default;
}

function withFormats(ajv: Ajv2020): Ajv2020 {
  (require("ajv-formats") as { default: (ajv: Ajv2020) => Ajv2020 }).default(ajv);
  return ajv;
}

let quick: Ajv2020 | undefined;
let thorough: Ajv2020 | undefined;

const compiledQuick = new WeakMap<z.ZodType, ValidateFunction>();
const compiledThorough = new WeakMap<z.ZodType, ValidateFunction>();

interface PrecompiledValidator {
  schema: () => unknown;
  validate: () => ValidateFunction;
}
let precompiled: PrecompiledValidator[] | undefined;

/** The build's validator for `schema`, when there is one (a checkout run through tsx has none). */
function precompiledFor(schema: z.ZodType): ValidateFunction | undefined {
  if (!precompiled) {
    // A literal path, so that the CLI's bundle carries the validators beside the schemas they are matched to by identity.
    precompiled = fs.existsSync(path.join(__dirname, "precompiled", "index.js"))
      ? (require("./precompiled/index.js") as { validators: PrecompiledValidator[] }).validators
      : [];
  }
  return precompiled.find((entry) => entry.schema() === schema)?.validate();
}

function quickFor(schema: z.ZodType): ValidateFunction {
  let validate = compiledQuick.get(schema);
  if (!validate) {
    validate = precompiledFor(schema) ?? (quick ??= quickValidatorCompiler()).compile(jsonSchemaOf(schema));
    compiledQuick.set(schema, validate);
  }
  return validate;
}

function thoroughFor(schema: z.ZodType): ValidateFunction {
  let validate = compiledThorough.get(schema);
  if (!validate) {
    thorough ??= withFormats(new (loadAjv())({ allErrors: true, strict: false, verbose: true }));
    validate = thorough.compile(jsonSchemaOf(schema));
    compiledThorough.set(schema, validate);
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
  if (quickFor(schema)(value)) return [];
  const validate = thoroughFor(schema);
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
