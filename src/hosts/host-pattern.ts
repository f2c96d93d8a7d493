import { isPublicSuffix } from "./url-analysis";

/** An allow-list host pattern: `api.example.com` or `*.example.com` (subdomains only). */
export interface HostPattern {
  pattern: string;
  wildcard: boolean;
  /** ASCII host (punycode), lower case, no trailing dot. */
  base: string;
}

/** Normalises a host the way the WHATWG parser does, or undefined when it is not a valid host. */
function normalizeHost(host: string): string | undefined {
  if (!host || /[/?#@:\s*]/.test(host)) return undefined;
  try {
    const parsed = new URL(`https://${host}/`);
    return parsed.hostname.replace(/\.+$/, "") || undefined;
  } catch {
    return undefined;
  }
}

export function parseHostPattern(pattern: string): { ok: true; value: HostPattern } | { ok: false; expected: string } {
  const trimmed = pattern.trim();
  const wildcard = trimmed.startsWith("*.");
  const rest = wildcard ? trimmed.slice(2) : trimmed;
  if (rest.includes("*"))
    return { ok: false, expected: 'a host name, optionally starting with "*." (no other wildcards)' };
  const base = normalizeHost(rest);
  if (!base)
    return { ok: false, expected: `a host name such as "api.example.com" or "*.example.com", got "${pattern}"` };
  if (isPublicSuffix(base))
    return {
      ok: false,
      expected: `a pattern narrower than the public suffix "${base}" (it would approve every site under it)`,
    };
  return { ok: true, value: { pattern: trimmed, wildcard, base } };
}

/** Matches on whole labels of a DNS name: `*.salesforce.com` matches `eu1.my.salesforce.com`, never `evilsalesforce.com`. */
export function hostMatches(pattern: HostPattern, host: string): boolean {
  const candidate = host.toLowerCase().replace(/\.+$/, "");
  // A label such as `$input.tenant` or `{tenant}` is chosen at run time: no pattern approves it.
  if (!/^[a-z0-9._-]+$/.test(candidate) || candidate.split(".").some((label) => label === "")) return false;
  return pattern.wildcard ? candidate.endsWith(`.${pattern.base}`) : candidate === pattern.base;
}
