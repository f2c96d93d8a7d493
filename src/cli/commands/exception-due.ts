import type { Command } from "commander";
import { dueExceptions, humanDuration, type DueException } from "../../exceptions/due-exceptions";
import { currentExceptions } from "../../register/exceptions";
import { withRegister } from "../../register/register";
import { jsonForOutput } from "../../report/safe-text";
import { guarded, UsageError } from "../exit";
import { printOut } from "../print";
import { REGISTER_OPTION } from "../register-option";

const HOUR_MS = 3_600_000;

/** `24`, `24h` or `7d` as milliseconds. */
function parsePeriod(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([hd]?)$/.exec(text.trim());
  if (!match) throw new UsageError(`${option}: a number of hours or days such as 24h or 7d, got "${text}"`);
  return Number(match[1]) * (match[2] === "d" ? 24 : 1) * HOUR_MS;
}

/** What an expired exception leaves behind: a block again, unless it never applied or a renewal took over. */
function afterExpiry({ exception, renewedBy }: DueException): string {
  if (renewedBy) return `${exception.subject_address} is blocked again unless its renewal ${renewedBy} applies`;
  if (exception.signatures.length < 2)
    return `it never applied (${exception.signatures.length} of the 2 signatures it needed)`;
  return `${exception.subject_address} is blocked again until it is changed or a new exception applies`;
}

function textLine(entry: DueException): string {
  const { exception, state, distanceMs } = entry;
  const head = `${state === "expired" ? "EXPIRED " : "EXPIRING"}  ${exception.exception_id}  "${exception.integration_name}"`;
  const when =
    state === "expired"
      ? `expired ${exception.not_after} (${humanDuration(distanceMs)} ago): ${afterExpiry(entry)}`
      : `expires ${exception.not_after} (in ${humanDuration(distanceMs)})${entry.renewedBy ? `, renewed by ${entry.renewedBy}` : ""}`;
  return `${head}  ${when}  ticket ${exception.ticket}\n`;
}

function jsonEntry({ exception, state, distanceMs, renewedBy }: DueException) {
  return {
    state,
    exception_id: exception.exception_id,
    dpia_id: exception.dpia_id,
    integration_name: exception.integration_name,
    subject_address: exception.subject_address,
    not_after: exception.not_after,
    [state === "expired" ? "expired_seconds_ago" : "expires_in_seconds"]: Math.floor(distanceMs / 1000),
    ticket: exception.ticket,
    signatures: exception.signatures.length,
    ...(renewedBy ? { renewed_by: renewedBy } : {}),
  };
}

/** `dpia exception due`: what a scheduled job must act on, expired first. It only reads the register. */
export function dueCommand(parent: Command): void {
  parent
    .command("due")
    .description(
      "list exceptions that expired (their subjects are blocked again: re-assess them, e.g. with dpia drift) and those that expire soon, expired first",
    )
    .option("--within <hours>", "look-ahead for exceptions about to expire, e.g. 24h or 3d", "24h")
    .option("--expired-within <hours>", "look-back for exceptions that have expired, e.g. 168h or 7d", "7d")
    .option("--format <format>", "text or json", "text")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { within: string; expiredWithin: string; format: string; register?: string }) => {
        const window = {
          lookAheadMs: parsePeriod(options.within, "--within"),
          lookBackMs: parsePeriod(options.expiredWithin, "--expired-within"),
        };
        if (!["text", "json"].includes(options.format))
          throw new UsageError(`--format: one of text, json, got "${options.format}"`);
        return withRegister({ url: options.register, write: false }, async (register) => {
          const due = dueExceptions(currentExceptions(await register.verifiedRecords()), new Date(), window);
          if (options.format === "json") printOut(jsonForOutput(due.map(jsonEntry)));
          else if (due.length === 0)
            printOut(
              `no exception expires within ${options.within}, and none expired within ${options.expiredWithin}\n`,
            );
          else for (const entry of due) printOut(textLine(entry));
          return 0;
        });
      }),
    );
}
