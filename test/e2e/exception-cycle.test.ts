import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { SYNTH } from "../helpers/e2e-timeouts";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const env = { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", FORCE_COLOR: "0" };

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env, timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}
const dpia = (cwd: string, ...args: string[]) => run(process.execPath, [path.join(root, "bin", "dpia.cjs"), ...args], cwd);
const synth = (cwd: string) => run(path.join(root, "node_modules", ".bin", "cdktf"), ["synth", "--output", "cdktf.out"], cwd);

describe("unblocking the blocked example with dpia keygen and a dual-signed exception (as the README shows)", () => {
  test("blocked → request → DPO and security lead approve → synth passes, recorded → due lists it", () => {
    const project = tempDir("dpia-exception-");
    fs.writeFileSync(path.join(project, "cdktf.json"), JSON.stringify({ language: "typescript", app: `${path.join(root, "node_modules", ".bin", "tsx")} ${path.join(root, "examples", "blocked", "main.ts")}`, sendCrashReports: "false" }));
    const policy = JSON.parse(fs.readFileSync(path.join(root, "examples", "blocked", "dpia.policy.json"), "utf8"));
    delete policy.$schema;

    const approvers = [["dpo.anna", "DPO", "Anna Berg"], ["sec.ben", "SECURITY_LEAD", "Ben Okafor"]].map(([id, role, name]) => {
      const made = dpia(project, "keygen", "--id", id!, "--role", role!, "--name", name!, "--out", "keys");
      expect(made.status, made.output).toBe(0);
      expect(made.stdout).toContain("never commit it");
      return JSON.parse(made.stdout.slice(made.stdout.indexOf("{")));
    });
    expect(fs.statSync(path.join(project, "keys", "dpo.anna.key")).mode & 0o777).toBe(0o600);
    fs.writeFileSync(path.join(project, "dpia.policy.json"), JSON.stringify({ ...policy, approvers }, null, 2));

    const blocked = synth(project);
    expect(blocked.status).not.toBe(0);
    const dpiaDir = path.join(project, "cdktf.out", "stacks", "card-payments", "dpia");
    const dpiaFile = path.join(dpiaDir, fs.readdirSync(dpiaDir).find((file) => file.endsWith(".json"))!);

    const requested = dpia(project, "exception", "request", dpiaFile, "--reason", "Card payments must go live for the campaign before PSP tokenisation lands", "--ticket", "CHG-4711", "--hours", "24", "--requester", "platform.oncall");
    expect(requested.status, requested.output).toBe(0);
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;

    const intruderKeys = tempDir("dpia-intruder-");
    dpia(intruderKeys, "keygen", "--id", "eve", "--out", ".");
    const refused = dpia(project, "exception", "approve", id, "--key", path.join(intruderKeys, "eve.key"));
    expect(refused.status).toBe(2);
    expect(refused.output).toContain("EXC-APPROVER-KNOWN");

    const first = dpia(project, "exception", "approve", id, "--key", "keys/dpo.anna.key");
    expect(first.stdout).toContain("It still needs a second approver");
    const again = dpia(project, "exception", "approve", id, "--key", "keys/dpo.anna.key");
    expect(again.status).toBe(2);
    expect(again.output).toContain("EXC-DISTINCT-APPROVERS");
    const second = dpia(project, "exception", "approve", id, "--key", "keys/sec.ben.key");
    expect(second.stdout).toContain("It is complete");

    const passed = synth(project);
    expect(passed.status, passed.output).toBe(0);
    expect(passed.output).toContain(`[exception ${id} until`);
    const approvedDpia = JSON.parse(fs.readFileSync(dpiaFile, "utf8"));
    expect(approvedDpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(approvedDpia.exception.approvers.map((a: { id: string }) => a.id)).toEqual(["dpo.anna", "sec.ben"]);

    const log = fs.readFileSync(path.join(project, "dpia.exceptions.log"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(log.map((entry) => entry.event)).toEqual(["requested", "approved", "approved", "applied"]);

    const due = dpia(project, "exception", "due", "--within", "48h");
    expect(due.stdout).toContain(id);
    expect(dpia(project, "exception", "due", "--within", "1h").stdout).toContain("no exception expires within 1h");
  }, 2 * SYNTH + 120_000); // two syntheses and ten CLI runs

  test("a malformed exceptions file leaves the block standing and says why", () => {
    const project = tempDir("dpia-exception-bad-");
    fs.writeFileSync(path.join(project, "cdktf.json"), JSON.stringify({ language: "typescript", app: `${path.join(root, "node_modules", ".bin", "tsx")} ${path.join(root, "examples", "blocked", "main.ts")}`, sendCrashReports: "false" }));
    fs.copyFileSync(path.join(root, "examples", "blocked", "dpia.policy.json"), path.join(project, "dpia.policy.json"));
    fs.writeFileSync(path.join(project, "dpia.exceptions.json"), '{ "version": 1, "exceptions": [ { "exception_id": ');
    const result = synth(project);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("exception not applied: EXC-STRUCTURE");
  }, SYNTH);
});
