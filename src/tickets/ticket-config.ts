import { InputError } from "../validation/input-error";
import { carriesCredentialsSafely, SECURE_URL_RULE } from "../validation/secure-url";
import { JiraTickets, jiraErrorText } from "./jira-client";
import { ServiceNowTickets, serviceNowErrorText } from "./servicenow-client";
import type { TicketConnection } from "./ticket-http";
import type { TicketSystem, TicketSystemName } from "./ticket-system";

const problem = (variable: string, expected: string) => new InputError([{ file: variable, location: "", expected }]);

/** A base URL from the environment: https (plain http only to this machine), no credentials, no path beyond the site's. */
function baseUrl(env: NodeJS.ProcessEnv, variable: string): string {
  const text = env[variable];
  if (!text) throw problem(variable, "is not set: the URL of the site, e.g. https://your-domain.atlassian.net");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw problem(variable, "is not a URL");
  }
  if (!carriesCredentialsSafely(url)) throw problem(variable, `must be ${SECURE_URL_RULE}`);
  if (url.username || url.password)
    throw problem(variable, "must not hold credentials: they go in their own variables");
  if (url.search || url.hash) throw problem(variable, "must not have a query or fragment");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

function timeoutMs(env: NodeJS.ProcessEnv): number {
  const text = env.DPIA_TICKET_TIMEOUT_S;
  if (text === undefined) return 30_000;
  const seconds = Number(text);
  if (!(seconds > 0 && seconds <= 600)) throw problem("DPIA_TICKET_TIMEOUT_S", "a number of seconds from 0 to 600");
  return seconds * 1000;
}

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;

/** Jira Cloud: an API token with its account's email (basic), or an OAuth 2.0 access token (bearer). */
function jiraAuthorization(env: NodeJS.ProcessEnv): string {
  if (env.JIRA_BEARER_TOKEN) return `Bearer ${env.JIRA_BEARER_TOKEN}`;
  if (env.JIRA_EMAIL && env.JIRA_API_TOKEN) return basic(env.JIRA_EMAIL, env.JIRA_API_TOKEN);
  throw problem("JIRA_API_TOKEN", "set JIRA_EMAIL and JIRA_API_TOKEN (or JIRA_BEARER_TOKEN for OAuth 2.0)");
}

/** ServiceNow: a user and password (basic), or an OAuth access token (bearer). */
function serviceNowAuthorization(env: NodeJS.ProcessEnv): string {
  if (env.SERVICENOW_TOKEN) return `Bearer ${env.SERVICENOW_TOKEN}`;
  if (env.SERVICENOW_USER && env.SERVICENOW_PASSWORD) return basic(env.SERVICENOW_USER, env.SERVICENOW_PASSWORD);
  throw problem("SERVICENOW_PASSWORD", "set SERVICENOW_USER and SERVICENOW_PASSWORD (or SERVICENOW_TOKEN for OAuth)");
}

/** The ticket system named, its site and credentials from the environment only (never from a file or an option). */
export function ticketSystemFromEnv(name: TicketSystemName, env: NodeJS.ProcessEnv = process.env): TicketSystem {
  if (name === "jira") {
    const connection: TicketConnection = {
      system: "Jira",
      baseUrl: baseUrl(env, "JIRA_BASE_URL"),
      authorization: jiraAuthorization(env),
      timeoutMs: timeoutMs(env),
      errorText: jiraErrorText,
    };
    return new JiraTickets(connection, env.JIRA_ISSUE_TYPE || "Task");
  }
  return new ServiceNowTickets({
    system: "ServiceNow",
    baseUrl: baseUrl(env, "SERVICENOW_INSTANCE_URL"),
    authorization: serviceNowAuthorization(env),
    timeoutMs: timeoutMs(env),
    errorText: serviceNowErrorText,
  });
}
