import * as fs from "node:fs";
import * as path from "node:path";
import { generateKeyPair, signException, type KeyPair } from "../../../src/exceptions/signing";
import type { ExceptionRecord } from "../../../src/exceptions/schema";
import { rootHash, signRoot } from "../../../src/trust/root-signatures";
import type { TrustRoot, TrustRootContent } from "../../../src/trust/schema";
import { dpiaInProcess } from "./in-process-cli";
import { terraformJsonConfig, FUZZ_POLICY } from "../harness";

/** One approver the fixture made a real key pair for (the oracle knows every key it made). */
export interface FixtureApprover {
  id: string;
  name: string;
  role: "DPO" | "SECURITY_LEAD" | "CISO";
  keys: KeyPair;
}

/**
 * What the oracle knows independently of the gate's checks: which signatures the approvers really
 * made and over exactly which content (recorded when the fixture signs), so that a signature a
 * mutation moved, changed or invented never counts.
 */
export class Provenance {
  private readonly made = new Set<string>();
  record(content: unknown, signer: string, signedAt: string, signature: string): void {
    this.made.add(stableJson({ content, signer, signedAt, signature: bytesOf(signature) }));
  }
  genuine(content: unknown, signer: string, signedAt: string, signature: unknown): boolean {
    return this.made.has(stableJson({ content, signer, signedAt, signature: bytesOf(signature) }));
  }
}

/**
 * A signature is its bytes: base64 spelt another way (a character base64 skips, padding) is the
 * same signature over the same content, which lifts nothing it did not lift before.
 */
function bytesOf(signature: unknown): unknown {
  return typeof signature === "string" ? Buffer.from(signature, "base64").toString("hex") : signature;
}

/** JSON with keys in code-point order, written here so that the oracle does not use the gate's own canonical form. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export interface AuthorityFixture {
  dir: string;
  provenance: Provenance;
  approvers: { dpo: FixtureApprover; sec: FixtureApprover; ciso: FixtureApprover };
  /** Real keys that are not in the root. */
  outsider: FixtureApprover;
  root: TrustRoot;
  rootHash: string;
  /** A register holding the founding root only (copied for each case). */
  baseRegister: string;
  config: string;
  policy: string;
  /** The blocked DPIA's subject, which an exception must name. */
  blocked: { dpia_id: string; integration_name: string; address: string; fingerprint: string; file: string };
  signRoot(content: TrustRootContent, signers: FixtureApprover[]): TrustRoot;
  signException(exception: ExceptionRecord, signer: FixtureApprover, signedAt: Date): ExceptionRecord;
  keyFile(approver: FixtureApprover): string;
  /** A copy of the base register for one case; the returned path is its database. */
  freshRegister(caseDir: string): string;
}

function approver(id: string, name: string, role: FixtureApprover["role"]): FixtureApprover {
  return { id, name, role, keys: generateKeyPair() };
}

export const asApprover = (a: FixtureApprover) => ({
  id: a.id,
  name: a.name,
  role: a.role,
  public_key: a.keys.publicKey,
});

/** Keys, a founding trust root in a register, and a blocked configuration with its DPIA. */
export async function authorityFixture(dir: string): Promise<AuthorityFixture> {
  fs.mkdirSync(dir, { recursive: true });
  const provenance = new Provenance();
  const approvers = {
    dpo: approver("dpo.anna", "Anna Berg", "DPO"),
    sec: approver("sec.ben", "Ben Okafor", "SECURITY_LEAD"),
    ciso: approver("ciso.chen", "Chen Li", "CISO"),
  };
  const outsider = approver("eve", "Eve Mallory", "DPO");
  const keyFile = (a: FixtureApprover) => {
    const file = path.join(dir, "keys", `${a.id}.key`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, a.keys.privateKeyPem, { mode: 0o600 });
    }
    return file;
  };
  const sign = (content: TrustRootContent, signers: FixtureApprover[]): TrustRoot => ({
    signed: content,
    signatures: signers.map((signer) => {
      const signature = signRoot(content, asApprover(signer), signer.keys.privateKeyPem);
      provenance.record(content, signer.id, "", signature.signature);
      return signature;
    }),
  });
  const content: TrustRootContent = {
    type: "dpia-trust-root",
    version: 1,
    expires: iso(new Date(Date.now() + 365 * 86_400_000)),
    threshold: 2,
    approvers: Object.values(approvers).map(asApprover),
  };
  const root = sign(content, [approvers.dpo, approvers.sec]);
  const rootFile = path.join(dir, "trust-root.json");
  fs.writeFileSync(rootFile, JSON.stringify(root, null, 2));
  const baseRegister = path.join(dir, "base-register", "register.db");
  fs.mkdirSync(path.dirname(baseRegister), { recursive: true });
  await expectExit(0, ["trust", "rotate", rootFile, "--register", baseRegister]);

  const policy = path.join(dir, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(FUZZ_POLICY, null, 2));
  const config = path.join(dir, "config");
  fs.mkdirSync(config, { recursive: true });
  fs.writeFileSync(path.join(config, "main.tf.json"), JSON.stringify(terraformJsonConfig(true), null, 2));
  const out = path.join(dir, "dpias");
  const scratch = path.join(dir, "scratch", "register.db");
  fs.mkdirSync(path.dirname(scratch), { recursive: true });
  await expectExit(1, ["gate", config, "--policy", policy, "--register", scratch, "--out", out, "--format", "json"]);
  const blocked = fs
    .readdirSync(out)
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ file: path.join(out, file), dpia: JSON.parse(fs.readFileSync(path.join(out, file), "utf8")) }))
    .find(({ dpia }) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT")!;
  return {
    dir,
    provenance,
    approvers,
    outsider,
    root,
    rootHash: rootHash(content),
    baseRegister,
    config,
    policy,
    blocked: {
      dpia_id: blocked.dpia.dpia_id,
      integration_name: blocked.dpia.integration_name,
      address: blocked.dpia.subject.address,
      fingerprint: blocked.dpia.fingerprint,
      file: blocked.file,
    },
    signRoot: sign,
    signException: (exception, signer, signedAt) => {
      const { signatures, ...content } = exception;
      const at = iso(signedAt);
      const signature = signException(exception, signer.id, at, signer.keys.privateKeyPem);
      provenance.record(content, signer.id, at, signature);
      return { ...exception, signatures: [...signatures, { approver_id: signer.id, signed_at: at, signature }] };
    },
    keyFile,
    freshRegister: (caseDir) => {
      const file = path.join(caseDir, "register.db");
      fs.mkdirSync(caseDir, { recursive: true });
      for (const name of fs.readdirSync(path.dirname(baseRegister)))
        fs.copyFileSync(path.join(path.dirname(baseRegister), name), path.join(caseDir, name));
      return file;
    },
  };
}

async function expectExit(code: number, args: string[]): Promise<void> {
  const outcome = await dpiaInProcess(args);
  if (outcome.exitCode !== code)
    throw new Error(`fixture: dpia ${args.join(" ")} gave ${outcome.exitCode}, not ${code}: ${outcome.stderr}`);
}
