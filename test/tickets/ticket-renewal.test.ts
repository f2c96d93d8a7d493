import * as path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createException } from "../../src/exceptions/create-exception";
import { currentExceptions, recordException } from "../../src/register/exceptions";
import { withRegister } from "../../src/register/register";
import { requestThroughTicket } from "../../src/tickets/request-ticket";
import { syncTickets } from "../../src/tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import { generateKeyPair } from "../../src/exceptions/signing";
import { rootHash, signRoot } from "../../src/trust/root-signatures";
import type { TrustRootContent } from "../../src/trust/schema";
import { tempDir } from "../helpers/stacks";
import { blocked } from "./blocked-request";
import { startFakeJira, type FakeJira } from "./fake-jira";

let jira: FakeJira;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  jira = await startFakeJira({ email: "gate@example.eu", token: "jira-token", projects: ["PRIV"] });
  env = { JIRA_BASE_URL: jira.base, JIRA_EMAIL: "gate@example.eu", JIRA_API_TOKEN: "jira-token" };
});
afterAll(() => jira?.close());

test("a renewal stays under its ticket: rejecting the ticket revokes the exception and its renewal, and a signature of one is no forgery on the other", async () => {
  const registerAt = { DPIA_REGISTER: path.join(tempDir("dpia-ticket-renewal-"), "register.db") };
  const base = {
    requester: "platform.oncall",
    reason: "The CRM note action must ship for the audit deadline before masking lands",
    hours: 24,
    maxHours: 72,
  };
  const { link, exception } = await withRegister({ env: registerAt, write: true }, (register) =>
    requestThroughTicket(register, ticketSystemFromEnv("jira", env), {
      ...base,
      dpia: blocked,
      container: "PRIV",
      html: "<p>DPIA</p>",
      notBefore: new Date(),
      requestedAt: new Date(),
    }),
  );
  // A founding trust root in the register, so that the sync reads the blocks.
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
  await withRegister({ env: registerAt, write: true }, (register) =>
    register.append("trust-root", hash, { root, hash, version: 1 }),
  );
  const renewal = createException({
    ...base,
    dpia: blocked,
    ticket: link.key,
    notBefore: new Date(),
    requestedAt: new Date(Date.now() + 1000),
    renews: exception.exception_id,
  });
  await withRegister({ env: registerAt, write: true }, (register) =>
    recordException(register, "exception-renewed", renewal, "platform.oncall"),
  );
  const sync = () =>
    withRegister({ env: registerAt, write: true }, (register) =>
      syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name, env), env: {} }),
    );

  // A block that names the first exception (with a signature that does not verify) is refused for it only:
  // for the renewal it is another exception's block on the same ticket, neither counted nor recorded.
  const block = [
    "-----BEGIN DPIA EXCEPTION APPROVAL-----",
    `exception: ${exception.exception_id}`,
    "approver: dpo.anna",
    `signed_at: ${new Date().toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `signature: ${Buffer.alloc(64, 1).toString("base64")}`,
    "-----END DPIA EXCEPTION APPROVAL-----",
  ].join("\n");
  jira.postComment(link.key, "someone", block);
  const first = await withRegister({ env: registerAt, write: true }, (register) =>
    syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name, env), env: {} }),
  );
  expect(first.map((outcome) => [outcome.exception_id, outcome.key, outcome.refused.length])).toEqual([
    [exception.exception_id, link.key, 1],
    [renewal.exception_id, link.key, 0],
  ]);
  expect(first[0]!.refused[0]).toContain("EXC-SIGNATURE");
  // Handled once: a second sync neither refuses nor records it again.
  expect((await sync()).map((outcome) => outcome.refused.length)).toEqual([0, 0]);
  Object.assign(jira.issues.get(link.key)!, { status: { name: "Closed", category: "done" }, resolution: "Done" });
  const closed = await sync();
  expect(closed.map((outcome) => outcome.revoked)).toEqual([true, true]);
  const left = await withRegister({ env: registerAt, write: false }, async (register) =>
    currentExceptions(await register.verifiedRecords()),
  );
  expect(left).toEqual([]);
});
