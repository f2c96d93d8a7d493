import { parseTemplate } from "../inventory/expressions";

export interface Endpoint {
  kind: "relative" | "absolute" | "lambda_arn" | "unknown";
  scheme?: string;
  host?: string;
  /** AWS account and region of a Lambda ARN. */
  account?: string;
  region?: string;
  reason?: string;
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:[A-Za-z0-9-_]+/;

/**
 * Where a URL template sends a request. Velocity or Terraform expressions in a path are fine;
 * one in the scheme or host makes the host unknown. `${credentials.x}` is read from the credential.
 */
export function readEndpoint(template: string | undefined, credentialFields: Record<string, unknown> = {}): Endpoint {
  if (!template) return { kind: "unknown", reason: "no URL is configured" };
  let resolved = "";
  let firstUnknown = -1;
  for (const part of parseTemplate(template)) {
    if (part.kind === "literal") resolved += part.text;
    else if (part.kind === "velocity" && part.namespace === "credentials" && typeof credentialFields[part.path] === "string") {
      resolved += credentialFields[part.path] as string;
    } else {
      if (firstUnknown < 0) firstUnknown = resolved.length;
      resolved += "\u0000";
    }
  }
  const arn = LAMBDA_ARN.exec(resolved);
  if (arn) return { kind: "lambda_arn", region: arn[1], account: arn[2], host: `lambda.${arn[1]}.amazonaws.com`, scheme: "https" };
  if (resolved.startsWith("/")) return { kind: "relative" };
  const authorityEnd = (() => {
    const start = resolved.indexOf("://");
    if (start < 0) return -1;
    const rest = resolved.slice(start + 3).search(/[/?#]/);
    return rest < 0 ? resolved.length : start + 3 + rest;
  })();
  if (firstUnknown >= 0 && (authorityEnd < 0 || firstUnknown < authorityEnd)) {
    return { kind: "unknown", reason: "the scheme or host is an expression that is not resolved before deployment" };
  }
  try {
    const url = new URL(resolved.replace(/\u0000/g, "x"));
    return { kind: "absolute", scheme: url.protocol.replace(/:$/, ""), host: url.hostname };
  } catch {
    return { kind: "unknown", reason: "the URL cannot be parsed" };
  }
}
