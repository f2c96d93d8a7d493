import type { Command } from "commander";
import { readLiveOrg } from "../../drift/live/read-live-org";
import { loadPolicy } from "../../policy/load-policy";
import { escapeControlCharacters } from "../../report/safe-text";
import type { ChangeSource } from "../../watch/audit-change";
import { checkedAlertWebhook } from "../../watch/alert-webhook";
import { AuditQuerySource } from "../../watch/audit-query-source";
import { NotificationsSource } from "../../watch/notifications-source";
import { readOrganizationId } from "../../watch/organization-id";
import { watchOrg } from "../../watch/watch-org";
import type { GenesysApiClient } from "../../drift/live/genesys-api-client";
import { EXIT, guarded, UsageError } from "../exit";
import { liveOrgClient, type LiveOrgOptions } from "../live-client";
import { printOut, printWarning } from "../print";

export interface WatchOptions extends LiveOrgOptions {
  mode: string;
  register?: string;
  policy?: string;
  alertWebhook?: string;
  pollInterval: string;
  queueSize: string;
}

const MODES = ["notifications", "poll"] as const;

/** A whole number within bounds, or a usage error naming the option. */
function wholeNumber(option: string, text: string, least: number, most: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= least && value <= most))
    throw new UsageError(`${option}: a whole number from ${least} to ${most}, got "${text}"`);
  return value;
}

function sourceFor(options: WatchOptions, client: GenesysApiClient): ChangeSource {
  if (options.mode === "poll")
    return new AuditQuerySource({
      client,
      everyMs: wholeNumber("--poll-interval", options.pollInterval, 10, 86_400) * 1000,
    });
  return new NotificationsSource({ client });
}

/** Runs until SIGINT or SIGTERM (then finishes the batch in hand and exits 0), or a fault (exit 2). */
export async function runWatch(options: WatchOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!(MODES as readonly string[]).includes(options.mode))
    throw new UsageError(`--mode: one of ${MODES.join(", ")}, got "${options.mode}"`);
  const queueCapacity = wholeNumber("--queue-size", options.queueSize, 1, 1_000_000);
  const alertWebhook = checkedAlertWebhook(options.alertWebhook);
  const policy = loadPolicy({ file: options.policy });
  const { client, awsRegion, domain } = liveOrgClient(options, policy.catalog, env);
  const source = sourceFor(options, client);
  const organizationId = await readOrganizationId(client);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    printOut(`dpia watch: org ${escapeControlCharacters(`${organizationId} (${domain})`)}, ${options.mode} mode\n`);
    if (!alertWebhook)
      printWarning(
        "no --alert-webhook: privacy-relevant changes will be recorded in the register (alert: not-configured) but not sent to the DPO",
      );
    await watchOrg({
      source,
      organizationId,
      readOrg: () => readLiveOrg(client, { awsRegion, domain }),
      policy,
      register: options.register,
      alertWebhook,
      queueCapacity,
      signal: stop.signal,
      onLine: (line) =>
        // A line names subjects and users from the live org: one line on the terminal, its controls shown, never obeyed.
        line.startsWith("warning: ") ? printWarning(line.slice(9)) : printOut(`${escapeControlCharacters(line)}\n`),
    });
    return EXIT.approved;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

export function registerWatch(program: Command): void {
  program
    .command("watch")
    .description(
      "watch the live org's audit events and re-assess each changed subject against its last approved DPIA in the register, recording each event once and alerting the DPO; re-assesses each exception at its expiry (runs until SIGINT/SIGTERM: exit 0; exit 2 on a fault, to be restarted: it resumes after the last event recorded)",
    )
    .option(
      "--mode <mode>",
      "notifications (a Notifications API channel) or poll (the Audit Query API)",
      "notifications",
    )
    .option(
      "--register <url>",
      "the DPIA register: a file, sqlite:<file> or postgres://… (default: DPIA_REGISTER, else this repository's register in the per-user state folder)",
    )
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder, if any)")
    .option("--region <aws-region>", "the org's region (default: GENESYSCLOUD_REGION)")
    .option("--api-url <url>", "the Platform API base (default: https://api.<domain of the region>)")
    .option("--login-url <url>", "the login base (default: https://login.<domain of the region>)")
    .option(
      "--alert-webhook <url>",
      "POST a JSON summary (no personal data, no secrets) when a change or expiry needs the DPO",
    )
    .option("--poll-interval <seconds>", "poll mode: seconds between two audit queries", "60")
    .option(
      "--queue-size <n>",
      "changes waiting at most; beyond, a gap is recorded and the whole org re-assessed",
      "1000",
    )
    .action(guarded((options: WatchOptions) => runWatch(options)));
}
