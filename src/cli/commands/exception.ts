import * as fs from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { DpiaSchema, type Dpia } from "../../dpia/schema";
import { createException } from "../../exceptions/create-exception";
import { exceptionCheckNote } from "../../exceptions/exception-checks";
import { ExceptionRecordSchema, type ExceptionRecord } from "../../exceptions/schema";
import { signException } from "../../exceptions/signing";
import { readExceptionsStrict, writeExceptions } from "../../exceptions/store";
import { loadPolicy } from "../../policy/load-policy";
import type { Approver } from "../../policy/schema";
import { currentExceptions, recordException } from "../../register/exceptions";
import { withRegister, type DpiaRegister } from "../../register/register";
import { trustRootsIn } from "../../register/trust-roots";
import { recordedVersion } from "../../register/dpia-versions";
import { withTrustRoot } from "../../trust/apply-root";
import { readUserJson } from "../../validation/user-json";
import { guarded, UsageError } from "../exit";
import { printOut } from "../print";
import { readPrivateKey } from "../private-key";
import { REGISTER_OPTION } from "../register-option";
import { registerTicketCommands, requestWithTicket } from "./exception-tickets";
import { dueCommand } from "./exception-due";

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** What this command reads of a request file: the id of the exception it asks for. */
const ExceptionRequestSchema = z.looseObject({ exception_id: ExceptionRecordSchema.shape.exception_id });

/** Finds an exception by id in the register, or by reading a request file that names one. */
async function findException(reference: string, register: DpiaRegister): Promise<ExceptionRecord> {
  const id =
    fs.existsSync(reference) && reference.endsWith(".json")
      ? readUserJson({ file: reference, what: "an exception request" }, ExceptionRequestSchema).exception_id
      : reference;
  const found = currentExceptions(await register.verifiedRecords()).find((exception) => exception.exception_id === id);
  if (!found) throw new UsageError(`no exception ${id} in the register ${register.location}`);
  return found;
}

/** The approvers of the trust root in force; without one, nobody can sign, and the message says how to pin one. */
async function trustedPolicy(register: DpiaRegister, policyFile?: string) {
  const policy = loadPolicy({ file: policyFile });
  const { inForce: trust } = await trustRootsIn(register);
  return { policy: withTrustRoot(policy, trust.ok ? trust.root : undefined), trust };
}

function parseHours(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*h?$/.exec(text.trim());
  if (!match) throw new UsageError(`a number of hours such as 24 or 24h, got "${text}"`);
  return Number(match[1]);
}

interface RequestOptions {
  reason: string;
  ticket?: string;
  jira?: string;
  servicenow?: string | true;
  requester: string;
  hours: string;
  starts?: string;
  policy?: string;
  register?: string;
}

/** A request that names its ticket (--ticket): recorded in the register, nothing opened elsewhere. */
function requestWithReference(dpiaFile: string, options: RequestOptions, ticket: string, notBefore: Date, now: Date) {
  return withRegister({ url: options.register, write: true }, async (register) => {
    const { policy } = await trustedPolicy(register, options.policy);
    const dpia = recordedVersion(
      await register.verifiedRecords(["assessment"]),
      readUserJson({ file: dpiaFile, what: "a DPIA" }, DpiaSchema),
      dpiaFile,
      register.location,
    );
    const exception = createException({
      dpia,
      dpiaFile,
      requester: options.requester,
      reason: options.reason,
      ticket,
      notBefore,
      hours: parseHours(options.hours),
      maxHours: policy.maxExceptionHours,
      requestedAt: now,
    });
    await recordException(register, "exception-requested", exception, options.requester, now);
    printOut(
      `${exception.exception_id} requested for "${dpia.integration_name}" (${exception.not_before} to ${exception.not_after}), recorded in ${register.location}.\nIt needs two approvers of the trust root, one of them the DPO:\n  npx dpia exception approve ${exception.exception_id} --key <approver>.key\n`,
    );
    return 0;
  });
}

function request(dpiaFile: string, options: RequestOptions): Promise<number> {
  const now = new Date();
  const notBefore = options.starts ? new Date(options.starts) : now;
  // Date also reads "Dec 6 2026" (in the machine's time zone): only ISO 8601 with its offset says when.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
  if (Number.isNaN(notBefore.getTime()) || (options.starts !== undefined && !iso.test(options.starts)))
    throw new UsageError(
      `--starts: an ISO 8601 date-time with its offset, such as 2026-12-24T08:00:00Z, got "${options.starts}"`,
    );
  if (options.jira || options.servicenow) {
    if (options.ticket) throw new UsageError("--ticket: the ticket --jira or --servicenow opens is the ticket");
    return requestWithTicket({
      ...options,
      servicenow: options.servicenow === true ? "change_request" : options.servicenow,
      dpiaFile,
      hours: parseHours(options.hours),
      notBefore,
      maxHours: async (register) => (await trustedPolicy(register, options.policy)).policy.maxExceptionHours,
    });
  }
  if (!options.ticket) throw new UsageError("--ticket: a ticket reference, or --jira / --servicenow to open one");
  return requestWithReference(dpiaFile, options, options.ticket, notBefore, now);
}

function requestCommand(parent: Command): void {
  parent
    .command("request <dpia>")
    .description("request an exception for a blocked DPIA (bound to its subject and fingerprint)")
    .requiredOption("--reason <text>", "why the deployment cannot wait (at least 20 characters)")
    .option("--ticket <id>", "change or incident ticket (required unless --jira or --servicenow opens one)")
    .option("--jira <project>", "open the ticket in this Jira Cloud project, the DPIA attached (JIRA_* variables)")
    .option(
      "--servicenow [table]",
      "open the ticket in this ServiceNow table, change_request by default (SERVICENOW_* variables)",
    )
    .option("--requester <name>", "who asks", process.env.USER ?? "unknown")
    .option("--hours <n>", "length of the window, at most 72", "72")
    .option("--starts <iso>", "start of the window (default: now; at most 30 days ahead)")
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder)")
    .option(...REGISTER_OPTION)
    .action(guarded(request));
}

/** The approver of the trust root in force whose private key is in the file, and that key. */
function approverOfKey(
  keyFile: string,
  approvers: Approver[],
  rootVersion: number,
): { approver: Approver; privateKey: string } {
  const { privateKey, publicKey } = readPrivateKey(keyFile);
  const approver = approvers.find((candidate) => candidate.public_key === publicKey);
  if (!approver)
    throw new UsageError(
      exceptionCheckNote(
        "EXC-APPROVER-KNOWN",
        `the key ${keyFile} does not match any approver of the trust root in force (version ${rootVersion}); approvers in dpia.policy.json are only a request for a root`,
      ),
    );
  return { approver, privateKey };
}

/** What an exception still lacks before it applies: two approvers, one of them a DPO. */
function stillNeeded(signed: ExceptionRecord, approvers: Approver[]): string | undefined {
  const hasDpo = signed.signatures.some(
    (signature) => approvers.find((a) => a.id === signature.approver_id)?.role === "DPO",
  );
  return signed.signatures.length < 2 ? "a second approver" : !hasDpo ? "a DPO" : undefined;
}

function approveCommand(parent: Command): void {
  parent
    .command("approve <exception>")
    .description("sign an exception (by id, or a request file) with an approver's private key")
    .requiredOption("--key <file>", "the approver's private key from dpia keygen")
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder)")
    .option(...REGISTER_OPTION)
    .action(
      guarded((reference: string, options: { key: string; policy?: string; register?: string }) =>
        withRegister({ url: options.register, write: true }, async (register) => {
          const { policy, trust } = await trustedPolicy(register, options.policy);
          if (!trust.ok) throw new UsageError(exceptionCheckNote("EXC-TRUST-ROOT", trust.reason));
          const { approver, privateKey } = approverOfKey(options.key, policy.approvers, trust.root.signed.version);
          const exception = await findException(reference, register);
          if (exception.signatures.some((signature) => signature.approver_id === approver.id)) {
            throw new UsageError(
              exceptionCheckNote(
                "EXC-DISTINCT-APPROVERS",
                `${approver.id} has already signed ${exception.exception_id}`,
              ),
            );
          }
          const now = new Date();
          const signedAt = iso(now);
          const signature = signException(exception, approver.id, signedAt, privateKey);
          const signed: ExceptionRecord = {
            ...exception,
            signatures: [...exception.signatures, { approver_id: approver.id, signed_at: signedAt, signature }],
          };
          await recordException(register, "exception-approved", signed, `${approver.id} (${approver.role})`, now);
          const missing = stillNeeded(signed, policy.approvers);
          printOut(
            `${approver.name} (${approver.role}) signed ${exception.exception_id}.${missing ? ` It still needs ${missing}.` : " It is complete and applies while its window is open."}\n`,
          );
          return 0;
        }),
      ),
    );
}

function renewCommand(parent: Command): void {
  parent
    .command("renew <exception>")
    .description("request a new window for an exception; it must be signed again by a DPO and a second approver")
    .option("--reason <text>", "why the exception is still needed (default: the earlier reason)")
    .option("--ticket <id>", "ticket (default: the earlier ticket)")
    .option("--requester <name>", "who asks", process.env.USER ?? "unknown")
    .option("--hours <n>", "length of the new window, at most 72", "72")
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder)")
    .option(...REGISTER_OPTION)
    .action(
      guarded(
        (
          reference: string,
          options: {
            reason?: string;
            ticket?: string;
            requester: string;
            hours: string;
            policy?: string;
            register?: string;
          },
        ) =>
          withRegister({ url: options.register, write: true }, async (register) => {
            const { policy } = await trustedPolicy(register, options.policy);
            const earlier = await findException(reference, register);
            const now = new Date();
            const renewal = createException({
              dpia: {
                dpia_id: earlier.dpia_id,
                integration_name: earlier.integration_name,
                fingerprint: earlier.fingerprint,
                subject: { address: earlier.subject_address } as Dpia["subject"],
              },
              requester: options.requester,
              reason: options.reason ?? earlier.reason,
              ticket: options.ticket ?? earlier.ticket,
              notBefore: now,
              hours: parseHours(options.hours),
              maxHours: policy.maxExceptionHours,
              requestedAt: now,
              renews: earlier.exception_id,
            });
            await recordException(register, "exception-renewed", renewal, options.requester, now);
            printOut(
              `${renewal.exception_id} renews ${earlier.exception_id} (${renewal.not_before} to ${renewal.not_after}); it needs a DPO and a second approver to sign.\n`,
            );
            return 0;
          }),
      ),
    );
}

function importCommand(parent: Command): void {
  parent
    .command("import <file>")
    .description(
      "move exceptions from a JSON exceptions file (version 1) into the register; they apply only if the trust root's approvers signed them",
    )
    .option(...REGISTER_OPTION)
    .option("--actor <name>", "who imports", process.env.USER ?? "unknown")
    .action(
      guarded((file: string, options: { register?: string; actor: string }) =>
        withRegister({ url: options.register, write: true }, async (register) => {
          const incoming = readExceptionsStrict(file).exceptions;
          const known = new Map(
            currentExceptions(await register.verifiedRecords()).map((exception) => [
              exception.exception_id,
              JSON.stringify(exception),
            ]),
          );
          const fresh = incoming.filter((exception) => known.get(exception.exception_id) !== JSON.stringify(exception));
          for (const exception of fresh)
            await recordException(register, "exception-imported", exception, options.actor);
          printOut(
            `${fresh.length} of ${incoming.length} exception(s) from ${file} recorded in ${register.location}${fresh.length < incoming.length ? " (the others were there already)" : ""}.\n`,
          );
          return 0;
        }),
      ),
    );
}

function exportCommand(parent: Command): void {
  parent
    .command("export <file>")
    .description("write the register's exceptions as a JSON exceptions file (version 1)")
    .option(...REGISTER_OPTION)
    .action(
      guarded((file: string, options: { register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const exceptions = currentExceptions(await register.verifiedRecords());
          writeExceptions(file, { version: 1, exceptions });
          printOut(`${exceptions.length} exception(s) written to ${file}\n`);
          return 0;
        }),
      ),
    );
}

export function registerException(program: Command): void {
  const exception = program
    .command("exception")
    .description("time-bound, dual-signed exceptions: the only way past a block");
  requestCommand(exception);
  approveCommand(exception);
  renewCommand(exception);
  dueCommand(exception);
  importCommand(exception);
  exportCommand(exception);
  registerTicketCommands(exception);
}
