// A consumer's CDKTF app as the consumer tests build it (test/fixtures/consumer), and what both of
// its stacks must give after a synth, however the package was installed and the app is run.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import { synth as cdktfSynth } from "./run-cli";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test", "fixtures", "consumer");
/** Sized for a shared two-core machine: one test installs nothing but runs two synths and a compile. */
export const SLOW = 600_000;

/** The version of a package this repository installs, so that consumers get what is tested here. */
export const versionOf = (name: string) =>
  (JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

/**
 * What every consumer project installs beside the package: constructs, ts-node with TypeScript 5,
 * and on a Node without the built-in node:sqlite (20) the register's driver, as docs/install.md says.
 * `node` is the folder of the node that npm and the app run on, when it is not this one.
 */
export function commonDependencies(node?: string): string[] {
  const version = node
    ? spawnSync(path.join(node, "node"), ["-p", "process.versions.node"], { encoding: "utf8" }).stdout
    : process.versions.node;
  const builtInSqlite = Number(version.split(".")[0]) >= 22;
  return [
    `constructs@${versionOf("constructs")}`,
    `ts-node@${versionOf("ts-node")}`,
    `typescript@${versionOf("typescript5")}`,
    `@types/node@${versionOf("@types/node")}`,
    ...(builtInSqlite ? [] : [`better-sqlite3@${versionOf("better-sqlite3")}`]),
  ];
}

/** One CDKTF app folder: the consumer's main.ts, policy, tsconfig and cdktf.json. */
export function app(
  dir: string,
  options: { app: string; tsconfig: string; packageJson?: object; cdktfImport?: string },
): string {
  fs.mkdirSync(dir, { recursive: true });
  const main = fs.readFileSync(path.join(fixtures, "main.ts"), "utf8");
  fs.writeFileSync(
    path.join(dir, "main.ts"),
    options.cdktfImport ? main.replace('from "cdktf"', `from "${options.cdktfImport}"`) : main,
  );
  fs.copyFileSync(path.join(fixtures, "dpia.policy.json"), path.join(dir, "dpia.policy.json"));
  fs.copyFileSync(path.join(fixtures, options.tsconfig), path.join(dir, "tsconfig.json"));
  fs.writeFileSync(
    path.join(dir, "cdktf.json"),
    JSON.stringify({ language: "typescript", app: options.app, sendCrashReports: "false", terraformProviders: [] }),
  );
  if (options.packageJson) fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(options.packageJson));
  return dir;
}

export type Synth = (dir: string, stack: "clean" | "blocked") => ReturnType<typeof cdktfSynth>;
/** This repository's cdktf CLI, on the running node. */
const synth: Synth = (dir, stack) => cdktfSynth(dir, { env: { CONSUMER_STACK: stack }, timeout: SLOW });

function dpiaOf(
  dir: string,
  stack: string,
): { compliance_status: string; integration_name: string; generator: { name: string } } {
  const folder = path.join(dir, "cdktf.out", "stacks", stack, "dpia");
  const [file] = fs.readdirSync(folder).filter((name) => name.endsWith(".json"));
  return JSON.parse(fs.readFileSync(path.join(folder, file!), "utf8"));
}

/** The clean stack passes with an approved DPIA; the blocked one fails naming the integration. */
export function expectBothOutcomes(dir: string, synthesize: Synth = synth): void {
  const clean = synthesize(dir, "clean");
  expect(clean.status, clean.output).toBe(0);
  // High, approved: the CRM is a third party and no vendor source is configured (GC-VEN-1 warns, issue 27).
  expect(clean.output).toMatch(/APPROVED High +INT-crm-look-up-[0-9a-f]{6} +"CRM look-up"/);
  expect(dpiaOf(dir, "crm-lookup")).toMatchObject({
    compliance_status: "APPROVED_FOR_DEPLOYMENT",
    generator: { name: "genesys-dpia-gate" },
  });
  expect(fs.existsSync(path.join(dir, "cdktf.out", "stacks", "crm-lookup", "cdk.tf.json"))).toBe(true);

  const blocked = synthesize(dir, "blocked");
  expect(blocked.status, blocked.output).not.toBe(0);
  expect(blocked.output).toContain(
    'DpiaBlockedError: Deployment blocked by the DPIA gate: 1 of 1 DPIA in stack "card-payments" at or above Critical risk.',
  );
  expect(blocked.output).toContain('"Card payments" (genesyscloud_integration.integration): Critical risk. GC-FLW-1');
  expect(dpiaOf(dir, "card-payments").compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  expect(fs.existsSync(path.join(dir, "cdktf.out", "stacks", "card-payments", "cdk.tf.json"))).toBe(false);
}
