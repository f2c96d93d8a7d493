/**
 * The real-world set (test/real-world/<name>/): public Genesys configurations, each with where it
 * came from (source.json), the verdict a data protection officer wrote before the gate ever ran on
 * it (label.json), how the user runs the gate on it (gate.json, optional) and what the gate last
 * answered (observed.json, written by `npm run accuracy -- --update`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";

export const REAL_WORLD = path.resolve(__dirname, "..", "..", "test", "real-world");

const labelledResource = z.strictObject({ address: z.string().min(1), why: z.string().min(1) });

const labelSchema = z.strictObject({
  expected_exit: z.union([z.literal(0), z.literal(1)]),
  /** Resources whose DPIA a DPO would block (Critical). */
  blocks: z.array(labelledResource),
  /** Resources a DPO would rate High but approve with a warning. */
  high: z.array(labelledResource),
  why: z.string().min(1),
  labelled_before_gate: z.literal(true),
});
export type Label = z.infer<typeof labelSchema>;

const sourceSchema = z.object({
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  paths: z.array(z.string().min(1)).min(1),
  license: z.string().min(1),
  license_note: z.string().min(1),
  fetched: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const gateOptionsSchema = z.strictObject({
  args: z.array(z.string()).default([]),
  /** A policy file in the case folder, passed with --policy. */
  policy: z.string().optional(),
});

const observedDpiaSchema = z.object({
  subject: z.string(),
  status: z.enum(["APPROVED_FOR_DEPLOYMENT", "BLOCKED_FOR_DEPLOYMENT"]),
  risk: z.string(),
  addresses: z.array(z.string()),
  blocking_findings: z.array(z.string()),
});
export type ObservedDpia = z.infer<typeof observedDpiaSchema>;

const observedSchema = z.object({
  exit: z.number().nullable(),
  /** What the gate said on stderr when it could not assess (exit 2), paths relative to the case. */
  error: z.string().optional(),
  dpias: z.array(observedDpiaSchema),
});
export type Observed = z.infer<typeof observedSchema>;

export interface RealWorldCase {
  name: string;
  dir: string;
  config: string;
  label: Label;
  gateArgs: string[];
  observed?: Observed;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readCase(root: string, name: string): RealWorldCase {
  const dir = path.join(root, name);
  readJson(path.join(dir, "source.json"), sourceSchema);
  const label = readJson(path.join(dir, "label.json"), labelSchema);
  const gateFile = path.join(dir, "gate.json");
  const options = fs.existsSync(gateFile) ? readJson(gateFile, gateOptionsSchema) : { args: [] };
  const gateArgs = [...options.args, ...(options.policy ? ["--policy", path.join(dir, options.policy)] : [])];
  const observedFile = path.join(dir, "observed.json");
  const observed = fs.existsSync(observedFile) ? readJson(observedFile, observedSchema) : undefined;
  return { name, dir, config: path.join(dir, "config"), label, gateArgs, observed };
}

/** Every case, or only those named (exact folder names). */
export function readCases(only: string[] = [], root = REAL_WORLD): RealWorldCase[] {
  const names = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  const unknown = only.filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`no such case in ${root}: ${unknown.join(", ")}`);
  return names.filter((name) => only.length === 0 || only.includes(name)).map((name) => readCase(root, name));
}

export function writeObserved(realWorldCase: RealWorldCase, observed: Observed): void {
  fs.writeFileSync(path.join(realWorldCase.dir, "observed.json"), `${JSON.stringify(observed, null, 2)}\n`);
}
