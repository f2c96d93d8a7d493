import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { createException } from "../../src/exceptions/create-exception";
import { generateKeyPair, signException } from "../../src/exceptions/signing";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { terraformJson, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

const CARD_CONTRACT = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" }, cvv: { type: "string" } } });
const keys = { dpo: generateKeyPair(), security: generateKeyPair() };
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A blocked card-payment action, a policy with two approvers and a valid, dual-signed exception for it. */
async function excepted(): Promise<{ dir: string; config: string; policy: string; log: string }> {
  const dir = tempDir("dpia-exc-log-");
  const config = path.join(dir, "config.tf.json");
  fs.writeFileSync(config, JSON.stringify(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT, secure: false }))));
  const policy = path.join(dir, "dpia.policy.json");
  fs.writeFileSync(policy, JSON.stringify({ version: 1, approvers: [
    { id: "dpo.anna", name: "Anna Berg", role: "DPO", public_key: keys.dpo.publicKey },
    { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD", public_key: keys.security.publicKey },
  ] }));
  const blocked = await runGate(config, { policy, format: "json" });
  expect(blocked.report.exitCode).toBe(1);
  const dpia = blocked.report.dpias.find((candidate) => candidate.compliance_status === "BLOCKED_FOR_DEPLOYMENT")!;
  const now = new Date(Date.now() - 60_000);
  let exception: ExceptionRecord = createException({ dpia, requester: "platform.oncall", reason: "Card payments go live for the campaign before tokenisation lands", ticket: "CHG-9", notBefore: now, hours: 4, maxHours: 72, requestedAt: now });
  for (const [id, key] of [["dpo.anna", keys.dpo], ["sec.ben", keys.security]] as const) {
    const signedAt = iso(now);
    exception = { ...exception, signatures: [...exception.signatures, { approver_id: id, signed_at: signedAt, signature: signException(exception, id, signedAt, key.privateKeyPem) }] };
  }
  fs.writeFileSync(path.join(dir, "dpia.exceptions.json"), JSON.stringify({ version: 1, exceptions: [exception] }));
  return { dir, config, policy, log: path.join(dir, "dpia.exceptions.log") };
}

describe("the exceptions log must be a regular file the gate can append to; otherwise the exception is not applied (exit 1, EXC-LOG)", () => {
  test("a regular log: the exception applies and its use is appended", async () => {
    const { config, policy, log } = await excepted();
    fs.writeFileSync(log, "");
    const { report } = await runGate(config, { policy, format: "json" });
    expect(report.exitCode).toBe(0);
    expect(fs.readFileSync(log, "utf8")).toContain('"event":"applied"');
  });

  test.each([
    ["a symbolic link to another file", (log: string, dir: string) => { fs.writeFileSync(path.join(dir, "elsewhere.log"), ""); fs.symlinkSync(path.join(dir, "elsewhere.log"), log); }],
    ["a symbolic link to /dev/null", (log: string) => fs.symlinkSync("/dev/null", log)],
    ["a dangling symbolic link", (log: string, dir: string) => fs.symlinkSync(path.join(dir, "nowhere.log"), log)],
    ["a named pipe nobody reads (would hang an append)", (log: string) => execFileSync("mkfifo", [log])],
    ["a folder", (log: string) => fs.mkdirSync(log)],
  ])("%s", async (_label, makeLog) => {
    const { dir, config, policy, log } = await excepted();
    makeLog(log, dir);
    const { report } = await runGate(config, { policy, format: "json" });
    expect(report.exitCode).toBe(1);
    const dpia = report.dpias.find((candidate) => candidate.compliance_status === "BLOCKED_FOR_DEPLOYMENT")!;
    expect(dpia.exception).toBeUndefined();
    expect(dpia.exception_notes!.join("\n")).toMatch(/EXC-LOG: .*dpia\.exceptions\.log: .*the exception is not applied/);
    expect(report.warnings.join("\n")).toContain("no exception is applied and the blocks stand");
    if (fs.existsSync(path.join(dir, "elsewhere.log"))) expect(fs.readFileSync(path.join(dir, "elsewhere.log"), "utf8")).toBe("");
    expect(fs.existsSync(path.join(dir, "nowhere.log"))).toBe(false);
  });
});
