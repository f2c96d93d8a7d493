import * as fs from "node:fs";
import { parse, type ConnectionOptions } from "pg-connection-string";
import { InputError } from "../validation/input-error";

/** A PostgreSQL register's URL, checked; `shown` is the same without its password, for messages. */
export interface PostgresUrl {
  url: string;
  shown: string;
  /** connect_timeout from the URL (libpq's parameter, in seconds), which pg itself does not read. */
  connectTimeoutMs: number | undefined;
  /** query_timeout from the URL (milliseconds), else none: the backend sets its own default. */
  queryTimeoutMs: number | undefined;
}

/** Parameters pg acts on, as libpq spells them; libpq too refuses a parameter it does not know. */
const PARAMETERS: Record<string, (value: string) => string | undefined> = {
  sslmode: oneOf(["disable", "prefer", "require", "verify-ca", "verify-full", "no-verify"]),
  ssl: oneOf(["true", "false", "1", "0"]),
  sslnegotiation: oneOf(["postgres", "direct"]),
  uselibpqcompat: oneOf(["true", "false"]),
  sslcert: readableFile,
  sslkey: readableFile,
  sslrootcert: readableFile,
  connect_timeout: whole("seconds", 86_400),
  statement_timeout: whole("milliseconds", 2_147_483_647),
  lock_timeout: whole("milliseconds", 2_147_483_647),
  idle_in_transaction_session_timeout: whole("milliseconds", 2_147_483_647),
  // pg's own (not libpq's): how long the client waits for any answer, a stopped server included.
  query_timeout: whole("milliseconds", 2_147_483_647),
  application_name: () => undefined,
  fallback_application_name: () => undefined,
  client_encoding: () => undefined,
  options: () => undefined,
  host: (value) => (value ? undefined : "a host name or a socket folder"),
  port: port,
  user: () => undefined,
  password: () => undefined,
};

/** The URL with its password (in the userinfo or a `password` parameter) replaced by ***, and control characters escaped. */
export function redactPostgresUrl(url: string): string {
  let redacted: string;
  try {
    // As the parser sees it: an @ in a parameter is not the end of a password.
    const parsed = new URL(url);
    const user = parsed.username
      ? `${parsed.username}${parsed.password ? ":***" : ""}@`
      : parsed.password
        ? ":***@"
        : "";
    redacted = `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}${parsed.search}`;
  } catch {
    // Unparseable: everything between the user name and the last @ may be a password; without an @,
    // what follows the first colon is a password if it is not a port.
    redacted = url.includes("@")
      ? url.replace(/^([a-z]+:\/\/[^:@/?#]*):.*@/is, (_, head: string) => `${head}:***@`)
      : url.replace(/^([a-z]+:\/\/[^:/?#]*):(?!\d*(?:[/?]|$))[^/?]*/i, "$1:***");
  }
  return hideUserinfo(redacted)
    .replace(/([?&]password=)[^&#]*/gi, "$1***")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** user:password@ wherever it ended up: a mistyped URL can move it into the path or the parameters. */
function hideUserinfo(text: string): string {
  return text.replace(/([^:@/?#]*):[^@/?#]*@/g, (whole, user: string) =>
    whole.endsWith(":***@") ? whole : `${user}:***@`,
  );
}

/** A piece of the URL for a message: short, no password, and nothing a terminal would act on. */
function printable(text: string, length = 40): string {
  return hideUserinfo(text)
    .slice(0, length)
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

/**
 * Checks a `postgres://` register URL before anything connects: what libpq would refuse (a bad
 * percent escape, an unknown parameter, a port out of range) is refused here with one clear line,
 * and the rest is read by pg-connection-string, the parser pg itself uses.
 */
export function checkPostgresUrl(url: string, source: string): PostgresUrl {
  const shown = redactPostgresUrl(url);
  const fail = (expected: string) => new InputError([{ file: `${shown} (${source})`, location: "", expected }]);
  // The shape of the host and port is read from the redacted URL, so that no message quotes the password.
  const problem = lexicalProblem(url, shown) ?? authorityProblem(shown);
  if (problem) throw fail(problem);
  const query = queryOf(url);
  const queryProblem = parameterProblem(query);
  if (queryProblem) throw fail(queryProblem);
  let config: ConnectionOptions;
  try {
    config = parse(url);
  } catch (error) {
    throw fail(
      `a PostgreSQL URL, postgres://user:password@host:port/database?parameters (${(error as Error).message})`,
    );
  }
  const configProblem = connectionProblem(config);
  if (configProblem) throw fail(configProblem);
  const connect = query.get("connect_timeout");
  const answer = query.get("query_timeout");
  return {
    url,
    shown,
    connectTimeoutMs: connect ? Number(connect) * 1000 : undefined,
    queryTimeoutMs: answer ? Number(answer) : undefined,
  };
}

function lexicalProblem(url: string, shown: string): string | undefined {
  if (/[\u0000-\u0020\u007f]/.test(url)) return "a URL without spaces or control characters (percent-encode them)";
  const badEscape = /%(?![0-9a-f]{2})/i;
  const escape = badEscape.exec(shown);
  if (escape)
    return `a URL whose % signs start percent escapes of two hex digits, got "${printable(shown.slice(escape.index, escape.index + 3))}"`;
  if (badEscape.test(url)) return "a password whose % signs start percent escapes of two hex digits";
  if (/%00/.test(url)) return "a URL without %00 (libpq refuses a NUL byte in a value)";
  if (/#/.test(url)) return "a URL without a #fragment";
  return undefined;
}

/** The host and port, looked at before the URL parser, whose only message is "Invalid URL". */
function authorityProblem(url: string): string | undefined {
  const rest = url.replace(/^[a-z]+:\/\//i, "");
  const authority = rest.slice(0, rest.search(/[/?]|$/));
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  let portText: string | undefined;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return `an IPv6 host closed by "]", got "${printable(hostPort)}"`;
    const after = hostPort.slice(close + 1);
    if (after && !after.startsWith(":")) return `":port" after the IPv6 host, got "${printable(after)}"`;
    portText = after ? after.slice(1) : undefined;
  } else if (hostPort.includes(":")) {
    if (hostPort.indexOf(":") !== hostPort.lastIndexOf(":"))
      return `one host and port, got "${printable(hostPort)}" (write an IPv6 address in [brackets]; for several hosts use one URL each)`;
    portText = hostPort.slice(hostPort.indexOf(":") + 1);
  }
  const host = hostPort.startsWith("[") ? hostPort : hostPort.split(":")[0];
  if (!host && portText) return `a host before ":${printable(portText, 20)}"`;
  if (portText !== undefined && portText !== "") return port(portText);
  return undefined;
}

function queryOf(url: string): URLSearchParams {
  const at = url.indexOf("?");
  return new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
}

function parameterProblem(query: URLSearchParams): string | undefined {
  const seen = new Set<string>();
  for (const [name, value] of query) {
    const check = Object.hasOwn(PARAMETERS, name) ? PARAMETERS[name] : undefined;
    if (!check) return `known connection parameters (${Object.keys(PARAMETERS).join(", ")}), got "${printable(name)}"`;
    if (seen.has(name)) return `the parameter ${name} once, got it twice`;
    seen.add(name);
    const problem = check(value);
    if (problem) return `${name}: ${problem}`;
  }
  return undefined;
}

function connectionProblem(config: ConnectionOptions): string | undefined {
  if (!config.host) return "a host (postgres://host/database, or ?host=/socket/folder)";
  if (config.port) {
    const problem = port(config.port);
    if (problem) return problem;
  }
  const database = config.database ?? "";
  if (database.includes("/"))
    return "one database name after the host, without a / (a folder-like path is no database)";
  if (Buffer.byteLength(database, "utf8") > 63)
    return `a database name of at most 63 bytes (PostgreSQL's limit), got ${Buffer.byteLength(database, "utf8")}`;
  return undefined;
}

function port(text: string): string | undefined {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65_535)
    return `a port from 1 to 65535, got "${printable(text, 20)}"`;
  return undefined;
}

function oneOf(values: string[]): (value: string) => string | undefined {
  return (value) => (values.includes(value) ? undefined : `one of ${values.join(", ")}, got "${printable(value)}"`);
}

function whole(unit: string, maximum: number): (value: string) => string | undefined {
  return (value) =>
    /^\d{1,10}$/.test(value) && Number(value) <= maximum
      ? undefined
      : `a whole number of ${unit} up to ${maximum}, got "${printable(value, 20)}"`;
}

function readableFile(value: string): string | undefined {
  try {
    if (!fs.statSync(value).isFile()) return `a file, got the folder or device ${printable(value, 200)}`;
    fs.accessSync(value, fs.constants.R_OK);
    return undefined;
  } catch (error) {
    return `a readable file, got ${printable(value, 200)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
