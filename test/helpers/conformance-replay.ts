/**
 * Replays the vectors of scripts/conformance/generate.ts through the gate's evaluator and sorts
 * each case: answered (our value prints exactly as Terraform's), unresolved (we say unknown, or
 * refuse the folder), or wrong (we claim a value Terraform does not give, or Terraform rejects).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { evaluateTemplate, type HclValue, type Scope } from "../../src/inventory/hcl/expression";
import { Unknown } from "../../src/inventory/hcl/values";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { InputError } from "../../src/validation/input-error";
import { hasUnresolved, isUnresolved, parseConsoleValue, renderOurs } from "./console-value";

const VECTOR_DIR = path.join(__dirname, "..", "vectors", "terraform-console");

export interface Vector {
  category: string;
  expression: string;
  terraform?: string;
  error?: string;
  files?: Record<string, string>;
  args?: string[];
  env?: Record<string, string>;
}

export type Outcome = "answered" | "unresolved" | "wrong" | "not applicable";

export interface Verdict {
  outcome: Outcome;
  /** Our value in the console's syntax, or what we did instead. */
  ours: string;
}

export function readVectors(file: string): { header: Record<string, unknown>; vectors: Vector[] } {
  const [header, ...lines] = fs.readFileSync(path.join(VECTOR_DIR, file), "utf8").trimEnd().split("\n");
  return {
    header: JSON.parse(header!) as Record<string, unknown>,
    vectors: lines.map((line) => JSON.parse(line) as Vector),
  };
}

const NOTHING_BOUND: Scope = { variable: () => undefined, local: () => undefined };

/**
 * Compares our value with Terraform's answer (console text, "(known after apply)", or an error).
 * Where Terraform has no value, a value of ours with an unresolved part does not contradict it (the
 * error, or the unknown, may be that part), so it is unresolved; a wholly known value is wrong.
 */
function judge(vector: Vector, ours: HclValue): Verdict {
  const shape = vector.terraform === undefined ? undefined : parseConsoleValue(vector.terraform);
  const rendered = renderOurs(ours, shape);
  if (isUnresolved(ours)) return { outcome: "unresolved", ours: rendered };
  if (!shape || shape.kind === "unknown")
    return { outcome: hasUnresolved(ours) ? "unresolved" : "wrong", ours: rendered };
  if (rendered !== vector.terraform) return { outcome: "wrong", ours: rendered };
  return { outcome: hasUnresolved(ours) ? "unresolved" : "answered", ours: rendered };
}

/**
 * Errors the gate turns into exit 2 on purpose (a template Terraform's parser rejects, a budget
 * exceeded, bad input): it refuses to assess, which fails closed, so the case is unresolved. By name,
 * as the parser's and the budget's error classes are being written beside this test (issue 23).
 */
const REFUSALS = new Set(["InputError", "TemplateSyntaxError", "BudgetExceeded"]);

function refusalOrCrash(error: unknown): Verdict {
  if (error instanceof InputError || (error instanceof Error && REFUSALS.has(error.name)))
    return { outcome: "unresolved", ours: `refused: ${error.message.split("\n")[0]!}` };
  return { outcome: "wrong", ours: `crash: ${error instanceof Error ? error.message : String(error)}` };
}

export function replayExpression(vector: Vector): Verdict {
  let ours: HclValue;
  try {
    ours = evaluateTemplate(`\${${vector.expression}}`, NOTHING_BOUND);
  } catch (error) {
    return refusalOrCrash(error);
  }
  return judgeAllowingText(vector, ours);
}

/**
 * The evaluator leaves what it cannot evaluate inside a string as "${...}" text (and the folder
 * reader does so for whole values), which the engine reads as unresolved: such a string that
 * differs from Terraform's is unresolved, not wrong.
 */
function judgeAllowingText(vector: Vector, ours: HclValue): Verdict {
  const direct = judge(vector, ours);
  return direct.outcome === "wrong" ? judge(vector, unresolvedText(ours)) : direct;
}

/** The "${...}" text the folder reader leaves for what it could not evaluate, as Unknown again. */
function unresolvedText(value: unknown): HclValue {
  if (isUnresolved(value as HclValue)) return value as HclValue;
  if (typeof value === "string" && value.includes("${")) return new Unknown(value);
  if (Array.isArray(value)) return value.map(unresolvedText);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unresolvedText(item)]));
  return value as HclValue;
}

const PROBE_TYPE = "genesyscloud_routing_wrapupcode";

/** A folder case: Terraform's files plus one resource whose `name` is the expression, read by readHclFolder. */
export async function replayFolder(vector: Vector): Promise<Verdict> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "conformance-"));
  try {
    for (const [name, text] of Object.entries(vector.files ?? {})) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(
      path.join(dir, "conformance_probe.tf"),
      `resource "${PROBE_TYPE}" "conformance_probe" {\n  name = ${vector.expression}\n}\n`,
    );
    // The command line's -var-file and -var options, in the order Terraform was given them.
    const variableArguments = (vector.args ?? []).map((arg) =>
      arg.startsWith("-var-file=")
        ? { option: "-var-file" as const, file: path.join(dir, arg.slice("-var-file=".length)) }
        : { option: "-var" as const, assignment: arg.slice("-var=".length) },
    );
    const inventory = await readHclFolder(dir, { variableArguments, env: vector.env ?? {} });
    const probe = inventory.resources.find((resource) => resource.type === PROBE_TYPE);
    if (!probe) return { outcome: "wrong", ours: "no probe resource read" };
    return judgeAllowingText(vector, probe.attributes.name as HclValue);
  } catch (error) {
    return refusalOrCrash(error);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
