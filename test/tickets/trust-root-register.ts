import * as path from "node:path";
import { generateKeyPair } from "../../src/exceptions/signing";
import { withRegister } from "../../src/register/register";
import { rootHash, signRoot } from "../../src/trust/root-signatures";
import type { TrustRootContent } from "../../src/trust/schema";
import { tempDir } from "../helpers/stacks";

/** A register with a trust root in force, so that a sync would read the tickets' signature blocks. */
export async function registerWithTrustRoot(): Promise<NodeJS.ProcessEnv> {
  const at = { DPIA_REGISTER: path.join(tempDir("dpia-ticket-unreadable-"), "register.db") };
  const keys = [generateKeyPair(), generateKeyPair()];
  const approvers = [
    { id: "dpo.anna", name: "Anna Berg", role: "DPO" as const, public_key: keys[0]!.publicKey },
    { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD" as const, public_key: keys[1]!.publicKey },
  ];
  const content: TrustRootContent = {
    type: "dpia-trust-root",
    version: 1,
    expires: new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    threshold: 2,
    approvers,
  };
  const root = { signed: content, signatures: approvers.map((a, i) => signRoot(content, a, keys[i]!.privateKeyPem)) };
  const hash = rootHash(content);
  await withRegister({ env: at, write: true }, (register) =>
    register.append("trust-root", hash, { root, hash, version: 1 }),
  );
  return at;
}
