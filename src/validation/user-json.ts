import type { z } from "zod";
import { InputError, type InputProblem } from "./input-error";
import { jsonSyntaxError } from "./json-syntax";
import { assertUniqueKeys } from "./duplicate-keys";
import { assertNestingDepth } from "./nesting-depth";
import { readRegularFile } from "./regular-file";
import { jsonPath, validateAgainst } from "./schema-validator";

// The one way user JSON is read: a policy, an exceptions file, a trust root, vendor records and
// the vendor cache, a Terraform state or plan, a DPIA, a proof. Every problem is an InputError
// (exit 2 at the edges) naming the file, the place in it (line and column for a syntax error, the
// JSON path for a value) and what was expected.

/** A user JSON file to read, and what it should hold. */
export interface UserJson {
  /** The file, as messages name it. */
  file: string;
  /** What the file should hold, in words for a message: "a policy", "a trust root". */
  what: string;
  /** The text when the caller has it already; otherwise the file is read (a regular file only). */
  text?: string;
  /**
   * Refuse an object that writes a key twice: for Terraform configuration and variables in JSON,
   * which Terraform reads with every occurrence where JSON.parse keeps the last (assertUniqueKeys).
   */
  uniqueKeys?: boolean;
}

/** Parses user JSON: a regular file, valid JSON, nested at most MAX_NESTING_DEPTH levels (and each key once, when asked). */
export function parseUserJson(source: UserJson): unknown {
  const text = source.text ?? readRegularFile(source.file, source.what);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError([syntaxProblem(text, source, error)]);
  }
  assertNestingDepth(value, source.file);
  if (source.uniqueKeys) assertUniqueKeys(text, source);
  return value;
}

function syntaxProblem(text: string, source: UserJson, error: unknown): InputProblem {
  const found = jsonSyntaxError(text);
  if (!found)
    return { file: source.file, location: "", expected: `${source.what} in valid JSON (${(error as Error).name})` };
  return {
    file: source.file,
    location: `line ${found.line}, column ${found.column}`,
    expected: `${source.what} in valid JSON (${found.reason})`,
  };
}

/**
 * Checks a parsed value against the JSON Schema published for `schema` (ajv, compiled once per
 * process on first use: every problem with its JSON path), then reads it with zod, which adds
 * defaults and the checks JSON Schema cannot state. Returns the value typed by the schema.
 */
export function checkUserJson<S extends z.ZodType>(value: unknown, schema: S, file: string): z.output<S> {
  checkUserJsonShape(value, schema, file);
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues.map((issue) => ({ file, location: jsonPath(issue.path), expected: issue.message })),
    );
  return parsed.data;
}

/**
 * The JSON Schema check alone, returning the value as it is: for large documents (plans, states)
 * whose schema states nothing JSON Schema does not (no default, transform or refinement), where
 * zod's copy of a 50 MB plan would add a third to the time the gate takes over it.
 */
export function checkUserJsonShape<S extends z.ZodType>(value: unknown, schema: S, file: string): z.output<S> {
  const problems = validateAgainst(schema, value, file);
  if (problems.length > 0) throw new InputError(problems);
  return value as z.output<S>;
}

/** Reads user JSON that must match `schema`: parseUserJson, then checkUserJson. */
export function readUserJson<S extends z.ZodType>(source: UserJson, schema: S): z.output<S> {
  return checkUserJson(parseUserJson(source), schema, source.file);
}
