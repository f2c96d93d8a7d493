import { analyzeUrl, type UrlAnalysis } from "../hosts/url-analysis";
import { parseVelocity, type VelocityPart } from "../inventory/velocity";
import { parseTemplate } from "../inventory/expressions";
import { IDENTIFIER_SOURCE } from "../inventory/terraform-identifier";

export interface Endpoint {
  kind: "relative" | "absolute" | "lambda_arn" | "unknown";
  url?: UrlAnalysis;
  /** The scheme, when it is written literally even though the host is not. */
  scheme?: string;
  /** AWS account and region of a Lambda ARN. */
  account?: string;
  region?: string;
  /** The address of the aws_lambda_function whose ARN the URL is, when the configuration deploys or looks it up. */
  lambdaFunction?: string;
  reason?: string;
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:[A-Za-z0-9_-]+/;
/** `${module.m.aws_lambda_function.f.arn}`: the ARN of a function the configuration itself deploys (or reads), known at apply. */
const CONFIGURED_LAMBDA = new RegExp(
  String.raw`^\$\{((?:module\.${IDENTIFIER_SOURCE}(?:\[[^\]]*\])?\.)*(?:data\.)?aws_lambda_function\.${IDENTIFIER_SOURCE}(?:\[[^\]]*\])?)\.(?:arn|qualified_arn)\}$`,
  "u",
);
const PLACEHOLDER = "\u0000";

/** The literal value of `$credentials.x` / `${credentials.x}` when the credential holds one. */
function credentialValue(part: VelocityPart, credentialFields: Record<string, unknown>): string | undefined {
  if (part.kind !== "reference" || part.root !== "credentials" || part.calls || part.properties.length !== 1)
    return undefined;
  const value = credentialFields[part.properties[0]!];
  return typeof value === "string" &&
    parseTemplate(value).every((p) => p.kind === "literal") &&
    parseVelocity(value).every((p) => p.kind === "text")
    ? value
    : undefined;
}

/**
 * Where a URL template sends a request. Velocity or Terraform expressions in a path or query are
 * fine; a reference, a directive (`#if`, `#foreach`, a macro) or an expression anywhere in the scheme
 * or authority (user information, host, port) makes the host unknown, since its value, and so the
 * host, is chosen at run time. `#set` and comments output nothing. `${credentials.x}` is read from
 * the credential when it holds a literal value.
 */
export function readEndpoint(template: string | undefined, credentialFields: Record<string, unknown> = {}): Endpoint {
  if (!template) return { kind: "unknown", reason: "no URL is configured" };
  const configured = CONFIGURED_LAMBDA.exec(template.trim());
  if (configured) return { kind: "lambda_arn", lambdaFunction: configured[1] };
  let resolved = "";
  let firstUnknown = -1;
  for (const part of parseVelocity(template.trim())) {
    const credential = credentialValue(part, credentialFields);
    if (part.kind === "text") resolved += part.text;
    else if (credential !== undefined) resolved += credential;
    else if (part.kind === "directive" && part.name === "set") continue;
    else {
      if (firstUnknown < 0) firstUnknown = resolved.length;
      resolved += PLACEHOLDER;
    }
  }
  // The line break after a leading `#set(...)` is not part of the URL.
  const lead = resolved.length - resolved.trimStart().length;
  resolved = resolved.trimStart();
  if (firstUnknown >= 0) firstUnknown = Math.max(0, firstUnknown - lead);
  const arn = LAMBDA_ARN.exec(resolved);
  if (arn) return { kind: "lambda_arn", region: arn[1], account: arn[2] };
  // `/${input.x}` may become `//host/...`, a URL of another host.
  if (resolved.startsWith(`/${PLACEHOLDER}`))
    return {
      kind: "unknown",
      reason: "the path right after the leading / is an expression, which can turn the URL into //another-host/",
    };
  if (resolved.startsWith("/") && !resolved.startsWith("//")) return { kind: "relative" };
  const schemeEnd = resolved.indexOf("://");
  const rest = schemeEnd < 0 ? -1 : resolved.slice(schemeEnd + 3).search(/[/?#]/);
  const authorityEnd = schemeEnd < 0 ? -1 : rest < 0 ? resolved.length : schemeEnd + 3 + rest;
  if (firstUnknown >= 0 && (authorityEnd < 0 || firstUnknown < authorityEnd)) {
    const scheme = schemeEnd > 0 && firstUnknown > schemeEnd ? resolved.slice(0, schemeEnd).toLowerCase() : undefined;
    return {
      kind: "unknown",
      ...(scheme ? { scheme } : {}),
      reason:
        firstUnknown === 0
          ? "the whole URL is an expression that is not resolved before deployment"
          : "the scheme or host is an expression that is not resolved before deployment",
    };
  }
  const result = analyzeUrl(resolved.split(PLACEHOLDER).join("x"));
  return result.ok ? { kind: "absolute", url: result.url } : { kind: "unknown", reason: result.reason };
}

/** A value that is (only) an absolute URL, for scanning configuration strings. */
export function looksLikeUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value.trim()) && value.length <= 65536;
}
