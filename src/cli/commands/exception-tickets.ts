import type { Command } from "commander";
import { DpiaSchema } from "../../dpia/schema";
import { exceptionCheckNote } from "../../exceptions/exception-checks";
import { signException } from "../../exceptions/signing";
import { currentExceptions } from "../../register/exceptions";
import { withRegister, type DpiaRegister } from "../../register/register";
import { trustRootsIn } from "../../register/trust-roots";
import { recordedVersion } from "../../register/dpia-versions";
import { renderHtml } from "../../report/formats/html";
import { formatApprovalBlock } from "../../tickets/approval-block";
import { requestThroughTicket } from "../../tickets/request-ticket";
import { TABLE_NAME } from "../../tickets/servicenow-client";
import { syncNamedTicket, syncTickets, type TicketSyncOutcome } from "../../tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../tickets/ticket-config";
import type { TicketSystemName } from "../../tickets/ticket-system";
import { startTicketWebhooks } from "../../tickets/webhook-server";
import { readUserJson } from "../../validation/user-json";
import { errorLine, EXIT, guarded, UsageError } from "../exit";
import { printOut } from "../print";
import { readPrivateKey } from "../private-key";
import { REGISTER_OPTION } from "../register-option";

/** What `exception request` passes on when it is asked for a ticket. */
export interface TicketedRequest {
  dpiaFile: string;
  jira?: string;
  servicenow?: string;
  reason: string;
  requester: string;
  hours: number;
  notBefore: Date;
  /** The longest window the policy and the trust root in force allow. */
  maxHours: (register: DpiaRegister) => Promise<number>;
  register?: string;
}

/** The ticket system and where in it, from `--jira <project>` or `--servicenow <table>`. */
function ticketTarget(request: Pick<TicketedRequest, "jira" | "servicenow">): {
  name: TicketSystemName;
  container: string;
} {
  if (request.jira && request.servicenow) throw new UsageError("--jira and --servicenow: choose one ticket system");
  if (request.jira) {
    if (!/^[A-Z][A-Z0-9_]{0,49}$/.test(request.jira))
      throw new UsageError(`--jira: a Jira project key such as PRIV, got "${request.jira}"`);
    return { name: "jira", container: request.jira };
  }
  const table = request.servicenow ?? "";
  if (!TABLE_NAME.test(table))
    throw new UsageError(`--servicenow: a table name such as change_request, got "${table}"`);
  return { name: "servicenow", container: table };
}

/** `dpia exception request <dpia> --jira PRIV` (or `--servicenow change_request`): the ticket's key becomes the exception's ticket. */
export function requestWithTicket(request: TicketedRequest): Promise<number> {
  const target = ticketTarget(request);
  const system = ticketSystemFromEnv(target.name);
  const file = readUserJson({ file: request.dpiaFile, what: "a DPIA" }, DpiaSchema);
  return withRegister({ url: request.register, write: true }, async (register) => {
    const dpia = recordedVersion(
      await register.verifiedRecords(["assessment"]),
      file,
      request.dpiaFile,
      register.location,
    );
    const now = new Date();
    const { exception, link } = await requestThroughTicket(register, system, {
      dpia,
      dpiaFile: request.dpiaFile,
      container: target.container,
      html: renderHtml(dpia),
      requester: request.requester,
      reason: request.reason,
      notBefore: request.notBefore,
      hours: request.hours,
      maxHours: await request.maxHours(register),
      requestedAt: now,
    });
    printOut(
      `${exception.exception_id} requested for "${dpia.integration_name}" (${exception.not_before} to ${exception.not_after}) in ${link.key} (${link.url}), with the DPIA attached; recorded in ${register.location}.\nIt needs two approvers of the trust root, one of them the DPO; each posts in ${link.key} what this prints:\n  npx dpia exception sign ${exception.exception_id} --key <approver>.key\nthen npx dpia exception sync records the signatures that verify.\n`,
    );
    return 0;
  });
}

function outcomeLine(outcome: TicketSyncOutcome): string {
  if (outcome.failed) return `${outcome.key} ${outcome.exception_id}: could not be synced: ${outcome.failed}`;
  const parts = [`${outcome.key} (${outcome.status}) ${outcome.exception_id}:`];
  if (outcome.revoked) parts.push("the ticket is rejected, closed or gone: exception REVOKED, the gate blocks again.");
  if (outcome.approved.length > 0) parts.push(`signature(s) of ${outcome.approved.join(", ")} verified and recorded.`);
  for (const refused of outcome.refused) parts.push(`\n  refused ${refused}`);
  if (outcome.pending) parts.push(`signatures not read: ${outcome.pending}`);
  if (parts.length === 1) parts.push("nothing new.");
  return parts.join(" ");
}

function syncCommand(parent: Command): void {
  parent
    .command("sync [exception-or-ticket]")
    .description("bring exceptions raised in Jira or ServiceNow in step: status, verified signatures, revocation")
    .option(...REGISTER_OPTION)
    .action(
      guarded((only: string | undefined, options: { register?: string }) =>
        withRegister({ url: options.register, write: true }, async (register) => {
          const outcomes = await syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name), only });
          for (const outcome of outcomes) if (!outcome.failed) printOut(`${outcomeLine(outcome)}\n`);
          if (outcomes.length === 0)
            printOut(`no open exception ${only ? `matches ${only}` : "was raised through a ticket"}\n`);
          // Every ticket that could be synced was recorded; the ones that could not are named, one line each.
          const failed = outcomes.filter((outcome) => outcome.failed);
          for (const outcome of failed) process.stderr.write(errorLine(outcomeLine(outcome)));
          return failed.length > 0 ? EXIT.couldNotAssess : EXIT.approved;
        }),
      ),
    );
}

function signCommand(parent: Command): void {
  parent
    .command("sign <exception>")
    .description("print an approver's signature of an exception as a block to post in its ticket")
    .requiredOption("--key <file>", "the approver's private key from dpia keygen")
    .option(...REGISTER_OPTION)
    .action(
      guarded((id: string, options: { key: string; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const { inForce } = await trustRootsIn(register);
          if (!inForce.ok) throw new UsageError(exceptionCheckNote("EXC-TRUST-ROOT", inForce.reason));
          const { privateKey, publicKey } = readPrivateKey(options.key);
          const approver = inForce.root.signed.approvers.find((candidate) => candidate.public_key === publicKey);
          if (!approver)
            throw new UsageError(
              exceptionCheckNote(
                "EXC-APPROVER-KNOWN",
                `the key ${options.key} does not match any approver of the trust root in force`,
              ),
            );
          const exception = currentExceptions(await register.verifiedRecords()).find(
            (candidate) => candidate.exception_id === id,
          );
          if (!exception) throw new UsageError(`no open exception ${id} in the register ${register.location}`);
          const signedAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
          const signature = signException(exception, approver.id, signedAt, privateKey);
          printOut(
            `${formatApprovalBlock({ exception_id: id, approver_id: approver.id, signed_at: signedAt, signature })}\n`,
          );
          return 0;
        }),
      ),
    );
}

function listenAddress(text: string): { host: string; port: number } {
  const match = /^(?:(\[[0-9a-f:]+\]|[\w.-]+):)?(\d{1,5})$/i.exec(text);
  const port = Number(match?.[2]);
  if (!match || port > 65535)
    throw new UsageError(`--listen: host:port or a port, such as 127.0.0.1:8787, got "${text}"`);
  return { host: match[1]?.replace(/^\[|\]$/g, "") ?? "127.0.0.1", port };
}

function webhookCommand(parent: Command): void {
  parent
    .command("webhook")
    .description("receive Jira and ServiceNow webhooks (signatures verified) and sync the ticket each one names")
    .requiredOption("--listen <host:port>", "where to listen, e.g. 127.0.0.1:8787 behind your TLS proxy")
    .option(...REGISTER_OPTION)
    .action(
      guarded(async (options: { listen: string; register?: string }) => {
        const secrets = { jira: process.env.JIRA_WEBHOOK_SECRET, servicenow: process.env.SERVICENOW_WEBHOOK_SECRET };
        if (!secrets.jira && !secrets.servicenow)
          throw new UsageError(
            "set JIRA_WEBHOOK_SECRET or SERVICENOW_WEBHOOK_SECRET: an unsigned webhook is never accepted",
          );
        const server = await startTicketWebhooks({
          ...listenAddress(options.listen),
          secrets,
          log: (line) => printOut(`${line}\n`),
          sync: (system, key) =>
            withRegister({ url: options.register, write: true }, async (register) => {
              const outcomes = await syncNamedTicket(
                register,
                { systemFor: (name) => ticketSystemFromEnv(name) },
                system,
                key,
              );
              return outcomes.length > 0
                ? outcomes.map(outcomeLine).join("\n")
                : `${system} ${key}: no open exception raised through it`;
            }),
        });
        printOut(`listening for ticket webhooks at ${server.url}/jira and ${server.url}/servicenow\n`);
        await new Promise<void>((resolve) => {
          for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
        });
        await server.idle();
        await server.close();
        return 0;
      }),
    );
}

/** The subcommands that carry exceptions through Jira and ServiceNow. */
export function registerTicketCommands(exception: Command): void {
  syncCommand(exception);
  signCommand(exception);
  webhookCommand(exception);
}
