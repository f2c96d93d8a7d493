import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createException } from "../../src/exceptions/create-exception";
import { signException } from "../../src/exceptions/signing";
import { runDpia } from "../helpers/run-cli";
import { tempFolder } from "./helpers";
import { openSqliteFile } from "../helpers/sqlite-file";

const root = path.resolve(__dirname, "../..");
const plan = path.join(root, "test", "fixtures", "three-forms", "plan.json");
const BLOCKED = "OAC-exporter-2c08fc";

function cli(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  return runDpia(args, { cwd, env });
}

/** A project whose trust root (anna, DPO; ben) is recorded and pinned; the Exporter client is blocked. */
function setUp() {
  const dir = tempFolder("dpia-authority-");
  const env: NodeJS.ProcessEnv = {};
  const keys = ["dpo.anna:DPO", "sec.ben:SECURITY_LEAD", "eve:DPO", "mallory:SECURITY_LEAD"].map((entry) => {
    const [id, role] = entry.split(":");
    const made = cli(dir, env, "keygen", "--id", id!, "--role", role!, "--out", "keys");
    return JSON.parse(made.stdout.slice(made.stdout.indexOf("{")));
  });
  const policy = JSON.parse(fs.readFileSync(path.join(root, "dpia.policy.json"), "utf8"));
  delete policy.$schema;
  const writePolicy = (approvers: unknown[]) =>
    fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ ...policy, approvers }));
  writePolicy(keys.slice(0, 2));
  expect(cli(dir, env, "trust", "init").status).toBe(0);
  cli(dir, env, "trust", "sign", "dpia.trust-root.json", "--key", "keys/dpo.anna.key");
  cli(dir, env, "trust", "sign", "dpia.trust-root.json", "--key", "keys/sec.ben.key");
  const rotated = cli(dir, env, "trust", "rotate", "dpia.trust-root.json");
  expect(rotated.status, rotated.output).toBe(0);
  env.DPIA_TRUST_ROOT = /DPIA_TRUST_ROOT=(\S+)/.exec(rotated.stdout)![1];
  return { dir, env, keys, writePolicy };
}

/** An exception for the blocked client signed with whatever keys the attacker holds, as a JSON file. */
function forgedExceptionsFile(dir: string, dpiaFile: string, signers: Array<{ id: string; key: string }>): string {
  const dpia = JSON.parse(fs.readFileSync(dpiaFile, "utf8"));
  const now = new Date();
  let exception = createException({
    dpia,
    requester: "dev",
    reason: "Ship it now, the review can happen afterwards",
    ticket: "NONE-1",
    notBefore: now,
    hours: 24,
    maxHours: 72,
    requestedAt: now,
  });
  for (const signer of signers) {
    const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
    exception = {
      ...exception,
      signatures: [
        ...exception.signatures,
        {
          approver_id: signer.id,
          signed_at: at,
          signature: signException(exception, signer.id, at, fs.readFileSync(signer.key, "utf8")),
        },
      ],
    };
  }
  const file = path.join(dir, "forged.exceptions.json");
  fs.writeFileSync(file, JSON.stringify({ version: 1, exceptions: [exception] }));
  return file;
}

const gateJson = (dir: string, env: NodeJS.ProcessEnv, ...extra: string[]) => {
  const result = cli(dir, env, "gate", plan, "--format", "json", "--out", "out", ...extra);
  let blocked: { exception_notes?: string[] } | undefined;
  try {
    blocked = (JSON.parse(result.stdout).dpias as Array<{ dpia_id: string; exception_notes?: string[] }>).find(
      (dpia) => dpia.dpia_id === BLOCKED,
    );
  } catch {
    blocked = undefined;
  }
  return { ...result, notes: (blocked?.exception_notes ?? []).join("\n") };
};

describe("the gate takes authority from the pinned trust root only", () => {
  let project: ReturnType<typeof setUp>;
  beforeAll(() => {
    project = setUp();
  }, 300_000);

  test("approver keys the developer adds to dpia.policy.json sign nothing", () => {
    const { dir, env, keys, writePolicy } = project;
    expect(gateJson(dir, env).status).toBe(1);
    writePolicy(keys);
    const forged = forgedExceptionsFile(dir, path.join(dir, "out", `${BLOCKED}.json`), [
      { id: "eve", key: path.join(dir, "keys", "eve.key") },
      { id: "mallory", key: path.join(dir, "keys", "mallory.key") },
    ]);
    expect(cli(dir, env, "exception", "import", forged).status).toBe(0);
    const gate = gateJson(dir, env);
    expect(gate.status).toBe(1);
    expect(gate.notes).toContain("EXC-APPROVER-KNOWN: eve is not an approver in the trust root in force");
    writePolicy(keys.slice(0, 2));
  }, 300_000);

  test("a rotation signed only by new approvers is refused, and cannot be slipped into the register", () => {
    const { dir, env, keys, writePolicy } = project;
    writePolicy(keys.slice(2));
    expect(cli(dir, env, "trust", "init", "--out", "v2.json").status).toBe(0);
    cli(dir, env, "trust", "sign", "v2.json", "--key", "keys/eve.key");
    cli(dir, env, "trust", "sign", "v2.json", "--key", "keys/mallory.key");
    const rotate = cli(dir, env, "trust", "rotate", "v2.json");
    expect(rotate.status).toBe(2);
    expect(rotate.output).toContain("0 valid signature(s) of the approvers of version 1; 2 are required to rotate");
    expect(cli(dir, env, "trust", "show").stdout).toContain("Trust root version 1");
    writePolicy(keys.slice(0, 2));
  }, 300_000);

  test("a register of the developer's own, with a root of their own, is not the pinned one", () => {
    const { dir, env, keys, writePolicy } = project;
    const own: NodeJS.ProcessEnv = { ...env, DPIA_REGISTER: path.join(dir, "own.db") };
    delete own.DPIA_TRUST_ROOT;
    writePolicy(keys.slice(2));
    cli(dir, own, "trust", "init", "--out", "own-root.json");
    cli(dir, own, "trust", "sign", "own-root.json", "--key", "keys/eve.key");
    cli(dir, own, "trust", "sign", "own-root.json", "--key", "keys/mallory.key");
    expect(cli(dir, own, "trust", "rotate", "own-root.json").status).toBe(0);
    const forged = forgedExceptionsFile(dir, path.join(dir, "out", `${BLOCKED}.json`), [
      { id: "eve", key: path.join(dir, "keys", "eve.key") },
      { id: "mallory", key: path.join(dir, "keys", "mallory.key") },
    ]);
    cli(dir, own, "exception", "import", forged);
    // Unpinned, that register trusts its own first root: this is why CI sets DPIA_TRUST_ROOT.
    expect(gateJson(dir, own).status).toBe(0);
    const pinned = gateJson(dir, { ...own, DPIA_TRUST_ROOT: env.DPIA_TRUST_ROOT });
    expect(pinned.status).toBe(1);
    expect(pinned.notes).toContain("EXC-TRUST-ROOT: DPIA_TRUST_ROOT pins sha256:");
    writePolicy(keys.slice(0, 2));
  }, 300_000);

  test("a DPIA_TRUST_ROOT that does not read, a register that cannot be written or is newer: exit 2, never approved", () => {
    const { dir, env } = project;
    const badPin = gateJson(dir, { ...env, DPIA_TRUST_ROOT: "yes" });
    expect(badPin.status).toBe(2);
    expect(badPin.output).toContain("DPIA_TRUST_ROOT: sha256:<64 hex>");
    fs.mkdirSync(path.join(dir, "folder.db"), { recursive: true });
    const folder = gateJson(dir, { ...env, DPIA_REGISTER: path.join(dir, "folder.db") });
    expect(folder.status).toBe(2);
    expect(folder.output).toContain("folder.db: a register database file, not a folder");
    const newer = path.join(dir, "newer.db");
    expect(cli(dir, { DPIA_REGISTER: newer }, "gate", plan).status).toBe(1);
    const db = openSqliteFile(newer);
    db.exec("UPDATE dpia_register_meta SET value = '4' WHERE key = 'schema_version'");
    db.close();
    const refused = gateJson(dir, { ...env, DPIA_REGISTER: newer });
    expect(refused.status).toBe(2);
    expect(refused.output).toContain("schema version 4 is newer than this dpia understands");
    const unknownScheme = gateJson(dir, { ...env, DPIA_REGISTER: "mysql://db/register" });
    expect(unknownScheme.status).toBe(2);
    expect(unknownScheme.output).toContain('unsupported scheme "mysql:"');
  }, 300_000);

  test("a private key that is a pipe is refused at once (exit 2), for trust sign and exception approve alike", () => {
    const { dir, env } = project;
    const pipe = path.join(dir, "key.pipe");
    execFileSync("mkfifo", [pipe]);
    for (const args of [
      ["trust", "sign", "dpia.trust-root.json", "--key", pipe],
      ["exception", "approve", "EXC-none", "--key", pipe],
    ]) {
      const result = cli(dir, env, ...args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.output).toContain(`--key: ${pipe} is not a readable Ed25519 private key`);
    }
  }, 300_000);

  test("the legitimate approvers' exception applies, and the use is recorded", () => {
    const { dir, env } = project;
    const requested = cli(
      dir,
      env,
      "exception",
      "request",
      path.join(dir, "out", `${BLOCKED}.json`),
      "--reason",
      "Exporter must run for the quarterly audit before review completes",
      "--ticket",
      "CHG-9",
      "--hours",
      "12",
    );
    expect(requested.status, requested.output).toBe(0);
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;
    cli(dir, env, "exception", "approve", id, "--key", "keys/dpo.anna.key");
    cli(dir, env, "exception", "approve", id, "--key", "keys/sec.ben.key");
    expect(gateJson(dir, env).status).toBe(0);
    const shown = JSON.parse(cli(dir, env, "register", "show", BLOCKED).stdout) as Array<{
      kind: string;
      subject: string;
    }>;
    expect(shown.filter((record) => record.subject === id).map((record) => record.kind)).toEqual([
      "exception-requested",
      "exception-approved",
      "exception-approved",
      "exception-applied",
    ]);
  }, 300_000);
});
