import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runDpia, synth as synthApp } from "../helpers/run-cli";
import type { TestEnv } from "../helpers/test-env";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");

function project(prefix: string) {
  const dir = tempDir(prefix);
  fs.writeFileSync(
    path.join(dir, "cdktf.json"),
    JSON.stringify({
      language: "typescript",
      app: `${path.join(root, "node_modules", ".bin", "tsx")} ${path.join(root, "examples", "blocked", "main.ts")}`,
      sendCrashReports: "false",
    }),
  );
  const policy = JSON.parse(fs.readFileSync(path.join(root, "examples", "blocked", "dpia.policy.json"), "utf8"));
  delete policy.$schema;
  /** What the test sets, such as the trust root it pins, for the CLI and the synth alike. */
  const env: TestEnv = {};
  const dpia = (...args: string[]) => runDpia(args, { cwd: dir, env, timeout: 240_000 });
  const synth = () => synthApp(dir, { args: ["--output", "cdktf.out"], env });
  return { dir, policy, env, dpia, synth };
}

describe("unblocking the blocked example through the trust root (as the README shows)", () => {
  test("keygen → trust init, sign, rotate, pin → blocked → request → DPO and security lead approve → synth passes, every step in the register", () => {
    const { dir, policy, env, dpia, synth } = project("dpia-exception-");
    const approvers = [
      ["dpo.anna", "DPO", "Anna Berg"],
      ["sec.ben", "SECURITY_LEAD", "Ben Okafor"],
    ].map(([id, role, name]) => {
      const made = dpia("keygen", "--id", id!, "--role", role!, "--name", name!, "--out", "keys");
      expect(made.status, made.output).toBe(0);
      expect(made.stdout).toContain("never commit it");
      return JSON.parse(made.stdout.slice(made.stdout.indexOf("{")));
    });
    expect(fs.statSync(path.join(dir, "keys", "dpo.anna.key")).mode & 0o777).toBe(0o600);
    fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ ...policy, approvers }, null, 2));

    // Before any root: blocked, and the DPIA says how to pin one.
    const unpinned = synth();
    expect(unpinned.status).not.toBe(0);
    expect(unpinned.output).toContain("EXC-TRUST-ROOT: no trust root is pinned");

    expect(dpia("trust", "init").status).toBe(0);
    expect(dpia("trust", "sign", "dpia.trust-root.json", "--key", "keys/dpo.anna.key").status).toBe(0);
    const early = dpia("trust", "rotate", "dpia.trust-root.json");
    expect(early.status).toBe(2);
    expect(early.output).toContain("1 valid signature(s) of its approvers; 2 are required");
    expect(dpia("trust", "sign", "dpia.trust-root.json", "--key", "keys/sec.ben.key").status).toBe(0);
    const rotated = dpia("trust", "rotate", "dpia.trust-root.json");
    expect(rotated.status, rotated.output).toBe(0);
    env.DPIA_TRUST_ROOT = /DPIA_TRUST_ROOT=(sha256:[0-9a-f]{64})/.exec(rotated.stdout)![1];
    expect(dpia("trust", "show").stdout).toContain("Pinned by DPIA_TRUST_ROOT");

    const blocked = synth();
    expect(blocked.status).not.toBe(0);
    const dpiaDir = path.join(dir, "cdktf.out", "stacks", "card-payments", "dpia");
    const dpiaFile = path.join(
      dpiaDir,
      fs.readdirSync(dpiaDir).find((file) => file.endsWith(".json"))!,
    );

    const requested = dpia(
      "exception",
      "request",
      dpiaFile,
      "--reason",
      "Card payments must go live for the campaign before PSP tokenisation lands",
      "--ticket",
      "CHG-4711",
      "--hours",
      "24",
      "--requester",
      "platform.oncall",
    );
    expect(requested.status, requested.output).toBe(0);
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;

    // A key the developer made and listed in the policy is not an approver: the root decides.
    const intruder = dpia("keygen", "--id", "eve", "--role", "DPO", "--out", "intruder");
    const eve = JSON.parse(intruder.stdout.slice(intruder.stdout.indexOf("{")));
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({ ...policy, approvers: [...approvers, eve] }, null, 2),
    );
    const refused = dpia("exception", "approve", id, "--key", "intruder/eve.key");
    expect(refused.status).toBe(2);
    expect(refused.output).toContain("EXC-APPROVER-KNOWN");
    expect(refused.output).toContain("only a request for a root");

    const first = dpia("exception", "approve", id, "--key", "keys/dpo.anna.key");
    expect(first.stdout).toContain("It still needs a second approver");
    const again = dpia("exception", "approve", id, "--key", "keys/dpo.anna.key");
    expect(again.status).toBe(2);
    expect(again.output).toContain("EXC-DISTINCT-APPROVERS");
    const second = dpia("exception", "approve", id, "--key", "keys/sec.ben.key");
    expect(second.stdout).toContain("It is complete");

    const passed = synth();
    expect(passed.status, passed.output).toBe(0);
    expect(passed.output).toContain(`[exception ${id} until`);
    const approvedDpia = JSON.parse(fs.readFileSync(dpiaFile, "utf8"));
    expect(approvedDpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(approvedDpia.exception.approvers.map((a: { id: string }) => a.id)).toEqual(["dpo.anna", "sec.ben"]);

    // The register holds every step, in order, and verifies. The three synths assessed three different
    // DPIAs (no root pinned, root pinned, exception applied): each one's content is stored once, before it.
    const records = JSON.parse(dpia("register", "export", "--format", "records").stdout) as Array<{ kind: string }>;
    expect(records.map((record) => record.kind)).toEqual([
      "register-created",
      "content",
      "assessment",
      "trust-root",
      "content",
      "assessment",
      "exception-requested",
      "exception-approved",
      "exception-approved",
      "content",
      "assessment",
      "exception-applied",
    ]);
    const verified = dpia("register", "verify");
    expect(verified.status, verified.output).toBe(0);
    expect(verified.stdout).toContain("INTACT");
    expect(fs.existsSync(path.join(dir, "dpia.exceptions.log"))).toBe(false);

    const due = dpia("exception", "due", "--within", "48h");
    expect(due.stdout).toContain(id);
    expect(dpia("exception", "due", "--within", "1h").stdout).toContain("no exception expires within 1h");

    // Unpinned, the register's first root decides who approves: the exception still applies here (that root is
    // this one), and the gate says on whose word each time; pinned, it has nothing to say.
    const pin = env.DPIA_TRUST_ROOT;
    delete env.DPIA_TRUST_ROOT;
    const unpinnedGate = dpia("gate", "cdktf.out");
    expect(unpinnedGate.status, unpinnedGate.output).toBe(0);
    expect(unpinnedGate.output).toContain(`exception ${id} lifts the block of`);
    expect(unpinnedGate.output).toContain("DPIA_TRUST_ROOT is not set");
    env.DPIA_TRUST_ROOT = pin;
    const pinnedGate = dpia("gate", "cdktf.out");
    expect(pinnedGate.status, pinnedGate.output).toBe(0);
    expect(pinnedGate.output).not.toContain("lifts the block");
  }, 600_000);

  test("a register that cannot be written stops synthesis instead of approving", () => {
    const { dir, env, synth } = project("dpia-exception-noregister-");
    fs.mkdirSync(path.join(dir, "register-is-a-folder.db"));
    env.DPIA_REGISTER = path.join(dir, "register-is-a-folder.db");
    const result = synth();
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("register-is-a-folder.db");
    expect(result.output).toContain("not a folder");
  }, 300_000);
});
