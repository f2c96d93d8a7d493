import { InputError } from "../../validation/input-error";

/**
 * Why the live org could not be read: one line naming the endpoint (method, host and path) and what
 * happened. An InputError, so the CLI prints it plainly and exits 2; never an approval.
 */
export class LiveApiError extends InputError {
  constructor(endpoint: string, what: string) {
    super([{ file: `live org: ${endpoint}`, location: "", expected: what }]);
    this.name = "LiveApiError";
    this.stack = `${this.name}: ${this.message}`;
  }
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const LONGEST = 200;

/** Text from the network made safe for one line: no control characters, no secret, at most 200 characters. */
export function oneLine(text: string, secrets: readonly string[] = []): string {
  let safe = text;
  for (const secret of secrets) if (secret.length >= 4) safe = safe.split(secret).join("[redacted]");
  safe = safe
    .replace(CONTROL, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return safe.length > LONGEST ? `${safe.slice(0, LONGEST)}…` : safe;
}

/** `GET https://api.example/api/v2/...`: the method and the URL without user or password. */
export function endpointOf(method: string, url: URL, secrets: readonly string[] = []): string {
  const shown = new URL(url.href);
  shown.username = "";
  shown.password = "";
  return `${method} ${oneLine(shown.href, secrets)}`;
}
