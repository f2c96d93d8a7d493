import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import type { RunResult } from "../helpers/run-cli";
import { runDpia } from "../helpers/run-cli";
import type { TestEnv } from "../helpers/test-env";
import { openSqliteFile } from "../helpers/sqlite-file";

const root = path.resolve(__dirname, "../..");
/** A configuration the gate approves (exit 0): a fault must never let it through as if recorded. */
export const APPROVED_INPUT = path.resolve(
  root,
  "..",
  "shared",
  "corpus",
  "genesys-devops-modules",
  "integration-lambda-module",
);
/** Another configuration (the gate blocks it, exit 1): its DPIAs are INT-amazon-eventbridge-source-878a5d and the provider configuration. */
export const OTHER_INPUT = path.resolve(
  root,
  "..",
  "shared",
  "corpus",
  "genesys-devops-modules",
  "aws-event-bridge-module",
);
/** The DPIAs one gate run of APPROVED_INPUT records, one assessment each. */
export const APPROVED_DPIAS = ["INT-lambdadataintegration-469299", "RES-genesys-cloud-provider-configuration-7912cb"];
/** Loaded with --require into a child: pauses it inside its append transaction (see the file). */
export const PAUSE_APPEND = path.join(__dirname, "fixtures", "pause-append.cjs");

/** The one line a register fault must give: exit 2, naming the register and the reason, no internal error. */
export function expectRegisterFault(result: RunResult, location: string, reason: RegExp): void {
  expect(result.status, result.output).toBe(2);
  expect(result.stdout, "no DPIA is reported as approved on a fault").not.toMatch(/APPROVED/);
  expect(result.stderr).not.toContain("internal error");
  const line = result.stderr.split("\n").find((text) => text.startsWith("dpia: "));
  expect(line, result.stderr).toBeDefined();
  expect(line).toContain(location);
  expect(line).toMatch(reason);
}

/** `dpia register verify` says INTACT; returns the number of records it verified. */
export function expectIntact(register: string, env: TestEnv = {}): number {
  const verified = runDpia(["register", "verify", "--register", register], { env });
  expect(verified.status, verified.output).toBe(0);
  const match = /^INTACT .*: (\d+) records/.exec(verified.stdout);
  expect(match, verified.stdout).not.toBeNull();
  return Number(match![1]);
}

/** How many assessments of each DPIA of APPROVED_INPUT a SQLite register holds. */
export function assessmentsIn(file: string): number[] {
  const db = openSqliteFile(file);
  try {
    const count = db.prepare("SELECT count(*) AS n FROM dpia_records WHERE kind = 'assessment' AND subject = ?");
    return APPROVED_DPIAS.map((id) => (count.get(id) as { n: number }).n);
  } finally {
    db.close();
  }
}

/** Waits for a file a child writes (FAULT_PAUSE_MARKER), without a fixed sleep; fails if the child ended first. */
export async function waitForFile(file: string, child: Promise<RunResult>, limitMs = 240_000): Promise<void> {
  let ended: RunResult | undefined;
  void child.then((result) => (ended = result));
  const started = Date.now();
  while (!fs.existsSync(file)) {
    if (ended) throw new Error(`the child ended before it paused: ${ended.output}`);
    if (Date.now() - started > limitMs) throw new Error(`${file} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
