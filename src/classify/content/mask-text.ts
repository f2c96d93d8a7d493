import { createHash } from "node:crypto";
import { scanText } from "./scan-text";

/**
 * A text with the personal data found in it masked as each detection shows it (a card number as
 * 4111 **** **** 1111). Built in one pass: slicing the whole text per detection made a long value
 * with many card numbers quadratic.
 */
export function maskPersonalData(text: string): string {
  const detections = scanText(text).sort((a, b) => a.start - b.start);
  if (detections.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const detection of detections) {
    if (detection.start < cursor) continue; // overlaps one already masked
    parts.push(text.slice(cursor, detection.start), detection.masked);
    cursor = detection.end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

/** An attribute, header or parameter name that says its value is a credential. */
export const SECRET_NAME = /secret|password|passwd|token|api[_-]?key|private[_-]?key|credential|authorization|cookie/i;

/** A credential as its hash: a change still shows (drift compares it), the value never does. */
export const secretHash = (secret: string): string => `sha256:${createHash("sha256").update(secret).digest("hex")}`;

// A value that is a template reference (${…}, $!{…}, #{…}, {{…}}, %…%) names a credential; it is none.
const VALUE = String.raw`(?![$#{%])[^\s&#"',;<>]+`;
/** Words that name a credential, lower-case; a name may write them Capitalised (camelCase) or in capitals. */
const SECRET_WORDS = [
  "secret",
  "password",
  "passwd",
  "pwd",
  "token",
  "api[_-]?[Kk]ey",
  "apikey",
  "private[_-]?[Kk]ey",
  "credential",
  "signature",
  "sig",
];
const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
/**
 * `name=value` or `name: value` where the name says credential: a URL's query, a header written out, a note.
 * A lower-case word starts the name or follows a separator (access_token, client-secret); a Capitalised one may
 * follow anything (clientSecret, X-Api-Key); no lower-case letter continues it ("design", "signal" and
 * "tokenised" name no credential). Case-sensitive, so that "continues" means lower-case.
 */
const SECRET_PAIR = new RegExp(
  String.raw`((?:(?<![A-Za-z])(?:${SECRET_WORDS.join("|")})|${SECRET_WORDS.map(capitalised).join("|")}|${SECRET_WORDS.map((word) => word.toUpperCase()).join("|")})s?(?![a-z])[\w.-]*["']?\s*[=:]\s*["']?)(${VALUE})`,
  "g",
);
/** An HTTP authorization written out: `Bearer <token>`, `Basic <base64>`. */
const AUTHORIZATION = new RegExp(String.raw`\b((?:Bearer|Basic)\s+)((?![$#{%])[A-Za-z0-9._~+/=-]{8,})`, "g");
/** Tokens recognisable by their issuer's prefix (GitHub, Slack, AWS access keys, Stripe live keys, GitLab). */
const KNOWN_TOKEN =
  /\b()(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|[sr]k_live_[A-Za-z0-9]{16,}|glpat-[A-Za-z0-9_-]{20,})/g;

/**
 * A text with every credential written into it replaced by `replacement(credential)`: the values of
 * credential-named pairs, HTTP authorizations and tokens known by their prefix. What the configuration
 * says stays readable; the secret does not reach a DPIA, a log or the register.
 */
export function hideSecrets(text: string, replacement: (secret: string) => string): string {
  let hidden = text;
  for (const pattern of [SECRET_PAIR, AUTHORIZATION, KNOWN_TOKEN])
    hidden = hidden.replace(pattern, (_match, before: string, secret: string) => `${before}${replacement(secret)}`);
  return hidden;
}
