import * as fs from "node:fs";
import * as path from "node:path";
import type { Dpia } from "../../src/dpia/schema";
import { withRegister } from "../../src/register/register";
import { requestThroughTicket } from "../../src/tickets/request-ticket";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import type { TicketSystemName } from "../../src/tickets/ticket-system";

const golden = path.resolve(
  __dirname,
  "../golden/test_fixtures_twins_p-execute-crm-action_dangerous.defaults.gate.json",
);

/** The ticket tests' blocked DPIA: the CRM twin's dangerous action, as its golden gate run assessed it. */
export const blocked = (JSON.parse(fs.readFileSync(golden, "utf8")) as { dpias: Dpia[] }).dpias[1]!;

/** An exception for `blocked` requested through `system` (Jira project PRIV, ServiceNow change_request). */
export function requestForBlocked(
  system: TicketSystemName,
  registerAt: NodeJS.ProcessEnv,
  systemEnv: NodeJS.ProcessEnv,
) {
  return withRegister({ env: registerAt, write: true }, (register) =>
    requestThroughTicket(register, ticketSystemFromEnv(system, systemEnv), {
      dpia: blocked,
      container: system === "jira" ? "PRIV" : "change_request",
      html: "<!doctype html><title>DPIA</title>",
      requester: "platform.oncall",
      reason: "The CRM note action must ship for the audit deadline before masking lands",
      notBefore: new Date(),
      hours: 24,
      maxHours: 72,
      requestedAt: new Date(),
    }),
  );
}
