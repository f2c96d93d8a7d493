import { createException, type ExceptionRequest } from "../exceptions/create-exception";
import type { ExceptionRecord } from "../exceptions/schema";
import type { Dpia } from "../dpia/schema";
import type { DpiaRegister } from "../register/register";
import { InputError } from "../validation/input-error";
import { ticketOpened } from "./ticket-records";
import type { TicketLink, TicketSystem } from "./ticket-system";

export interface TicketRequest extends Omit<ExceptionRequest, "ticket" | "dpia"> {
  dpia: Dpia;
  /** The Jira project key, or the ServiceNow table. */
  container: string;
  /** The DPIA's HTML page, attached to the ticket for the reviewers. */
  html: string;
}

/** What the ticket says: enough for a reviewer to find the DPIA; no personal data (the DPIA holds none). */
function description(request: TicketRequest): string[] {
  const { dpia } = request;
  return [
    `The DPIA gate blocked "${dpia.integration_name}" (${dpia.dpia_id}): ${dpia.risk_assessment.overall_risk_score} risk, ${dpia.compliance_status}.`,
    `Requested by ${request.requester} for ${request.hours} hours: ${request.reason}`,
    `Configuration fingerprint: ${dpia.fingerprint}. The DPIA is attached as ${dpia.dpia_id}.html.`,
    "This ticket raises and shows the exception; it does not grant it. Two approvers of the trust root, one of them the DPO, sign it with their keys and post the signature block as a comment here; the gate verifies each one.",
    "Rejecting, cancelling or closing this ticket revokes the exception and the deployment is blocked again.",
  ];
}

function instructions(exception: ExceptionRecord, link: TicketLink): string {
  return [
    `Exception ${exception.exception_id} (${exception.not_before} to ${exception.not_after}) is recorded against ${link.key}. Each approver runs, then posts what it prints as a comment:`,
    `npx dpia exception sign ${exception.exception_id} --key <approver>.key`,
  ].join("\n");
}

/**
 * Opens a ticket for an exception, attaches the DPIA and posts how to sign, then records the request
 * and the ticket in one append. A failure of the ticket system records nothing (exit 2); when the
 * ticket was already opened, the message names it so that it can be closed.
 */
export async function requestThroughTicket(
  register: DpiaRegister,
  system: TicketSystem,
  request: TicketRequest,
): Promise<{ exception: ExceptionRecord; link: TicketLink }> {
  // Refuse a bad request (reason, window) before anything is opened.
  createException({ ...request, ticket: "pending" });
  const link = await system.open({
    container: request.container,
    summary: `DPIA exception: ${request.dpia.integration_name}`.slice(0, 250),
    description: description(request),
  });
  const exception = createException({ ...request, ticket: link.key });
  try {
    await system.attach(link, `${request.dpia.dpia_id}.html`, request.html, "text/html");
    await system.comment(link, instructions(exception, link));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([
      ...error.problems.map((problem) => ({
        ...problem,
        expected: `${problem.expected}; ticket ${link.key} was opened, but nothing was recorded: close it and request again`,
      })),
    ]);
  }
  const at = new Date();
  await register.appendAll([
    {
      kind: "exception-requested",
      subject: exception.exception_id,
      at: request.requestedAt,
      data: { exception, actor: request.requester, dpia_id: exception.dpia_id, fingerprint: exception.fingerprint },
    },
    ticketOpened(exception, link, at),
  ]);
  return { exception, link };
}
