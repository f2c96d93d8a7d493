import { BlockList, isIPv4 } from "node:net";
import { domainToUnicode } from "node:url";
import { getDomain, getPublicSuffix } from "tldts";

export const MAX_URL_LENGTH = 4096;

/** Schemes whose traffic is encrypted in transit. */
const ENCRYPTED_SCHEMES = new Set(["https", "wss", "ftps", "sftp", "ssh"]);
export function isEncryptedScheme(scheme: string): boolean {
  return ENCRYPTED_SCHEMES.has(scheme.toLowerCase());
}

const DEFAULT_PORTS: Record<string, number> = { https: 443, http: 80, wss: 443, ws: 80, ftp: 21 };

type IpRange = "public" | "private" | "loopback" | "link_local" | "shared" | "unspecified" | "unique_local";

export interface UrlWarning {
  kind:
    | "userinfo"
    | "idn"
    | "mixed_script"
    | "ip_literal"
    | "obfuscated_ip"
    | "internal_address"
    | "trailing_dot"
    | "non_default_port"
    | "not_encrypted";
  message: string;
}

/** The host a client would really connect to, and what about the URL deserves a second look. */
export interface UrlAnalysis {
  scheme: string;
  /** ASCII (punycode) host, lower case, without brackets or a trailing dot. */
  host: string;
  /** The same host in Unicode, when it differs. */
  unicodeHost?: string;
  /** The user name written before "@" (`https://apps.example.com@collector.example/`), which the client does not connect to. */
  userinfo?: string;
  port?: number;
  encrypted: boolean;
  ip?: { version: 4 | 6; range: IpRange; notation: string };
  registrableDomain?: string;
  warnings: UrlWarning[];
}

export type UrlResult = { ok: true; url: UrlAnalysis } | { ok: false; reason: string };

function ranges(entries: Array<[string, number, "ipv4" | "ipv6", IpRange]>): Array<[BlockList, IpRange]> {
  return entries.map(([address, prefix, family, range]) => {
    const list = new BlockList();
    list.addSubnet(address, prefix, family);
    return [list, range];
  });
}

const IPV4_RANGES = ranges([
  ["10.0.0.0", 8, "ipv4", "private"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["169.254.0.0", 16, "ipv4", "link_local"],
  ["100.64.0.0", 10, "ipv4", "shared"],
  ["0.0.0.0", 8, "ipv4", "unspecified"],
]);
const IPV6_RANGES = ranges([
  ["::1", 128, "ipv6", "loopback"],
  ["::", 128, "ipv6", "unspecified"],
  ["fc00::", 7, "ipv6", "unique_local"],
  ["fe80::", 10, "ipv6", "link_local"],
]);

function ipv4Range(address: string): IpRange {
  return IPV4_RANGES.find(([list]) => list.check(address, "ipv4"))?.[1] ?? "public";
}

function ipv6Range(address: string): IpRange {
  return IPV6_RANGES.find(([list]) => list.check(address, "ipv6"))?.[1] ?? "public";
}

/** An IPv4-mapped IPv6 address (`::ffff:c0a8:1`) carries an IPv4 address in its last 32 bits. */
function mappedIpv4(address: string): string | undefined {
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!match) return undefined;
  const high = parseInt(match[1]!, 16);
  const low = parseInt(match[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

function ipv4Notation(raw: string): string {
  const parts = raw.split(".");
  if (parts.some((part) => /^0x/i.test(part))) return "hexadecimal";
  if (parts.length === 1) return "decimal";
  if (parts.some((part) => part.length > 1 && part.startsWith("0"))) return "octal";
  if (parts.length < 4) return "shortened";
  return "dotted-decimal";
}

/** The host exactly as written, before the WHATWG parser normalised it. */
function rawHostOf(raw: string): string {
  const afterScheme = raw.slice(raw.indexOf("://") + 3);
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? "";
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) return hostPort.slice(0, hostPort.indexOf("]") + 1);
  const colon = hostPort.lastIndexOf(":");
  return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}

const CONFUSABLE_SCRIPTS = ["Latin", "Cyrillic", "Greek", "Armenian", "Cherokee"] as const;
const SCRIPT_PATTERNS = CONFUSABLE_SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

/** Labels that mix Latin with look-alike scripts (`pаypal` with a Cyrillic `а`). */
function mixedScriptLabels(unicodeHost: string): string[] {
  return unicodeHost.split(".").filter((label) => {
    const scripts = new Set<string>();
    for (const char of label)
      for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(char)) scripts.add(script);
    return scripts.size > 1;
  });
}

/** Parses with the WHATWG URL parser, as clients do, and reports what a reviewer must know. */
export function analyzeUrl(raw: string): UrlResult {
  if (raw.length > MAX_URL_LENGTH)
    return {
      ok: false,
      reason: `the URL is ${raw.length} characters long, more than the ${MAX_URL_LENGTH} this tool reads`,
    };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { ok: false, reason: "the URL cannot be parsed" };
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  if (!parsed.hostname) return { ok: false, reason: `the ${scheme} URL has no host` };
  const analysis = connection(parsed, scheme);
  const host = analysis.host;
  if (host.startsWith("[")) describeIpv6Host(analysis, host.slice(1, -1));
  else if (isIPv4(host)) describeIpv4Host(analysis, host, raw);
  else describeNamedHost(analysis, host);
  if (analysis.ip && analysis.ip.range !== "public") {
    analysis.warnings.push({
      kind: "internal_address",
      message: `${analysis.host} is a ${analysis.ip.range.replace("_", "-")} address, not reachable from Genesys Cloud as a public service`,
    });
  }
  return { ok: true, url: analysis };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Where the client connects (user information and a trailing dot set aside), on which port, and whether encrypted. */
function connection(parsed: URL, scheme: string): UrlAnalysis {
  let host = parsed.hostname;
  const warnings: UrlWarning[] = [];
  if (parsed.username || parsed.password) {
    warnings.push({
      kind: "userinfo",
      message: `the URL carries user information before "@"; the client connects to ${host}`,
    });
  }
  if (host.endsWith(".")) {
    host = host.replace(/\.+$/, "");
    warnings.push({ kind: "trailing_dot", message: `the host ends with a dot; it is the same host as ${host}` });
  }
  const analysis: UrlAnalysis = { scheme, host, encrypted: ENCRYPTED_SCHEMES.has(scheme), warnings };
  if (parsed.username) analysis.userinfo = safeDecode(parsed.username);
  if (parsed.port) {
    analysis.port = Number(parsed.port);
    if (DEFAULT_PORTS[scheme] !== analysis.port)
      warnings.push({ kind: "non_default_port", message: `port ${parsed.port}` });
  }
  if (!analysis.encrypted)
    warnings.push({ kind: "not_encrypted", message: `${scheme}:// is not encrypted in transit` });
  return analysis;
}

/** A bracketed IPv6 literal, which may carry an IPv4 address (`[::ffff:c0a8:1]`). */
function describeIpv6Host(analysis: UrlAnalysis, address: string): void {
  analysis.host = address;
  const mapped = mappedIpv4(address);
  const range = mapped ? ipv4Range(mapped) : ipv6Range(address);
  analysis.ip = { version: 6, range, notation: mapped ? `IPv4-mapped IPv6 for ${mapped}` : "IPv6" };
  analysis.warnings.push({
    kind: "ip_literal",
    message: `the host is the IP address ${address}${mapped ? ` (${mapped})` : ""}, not a name`,
  });
  if (mapped)
    analysis.warnings.push({
      kind: "obfuscated_ip",
      message: `${address} is the IPv4 address ${mapped} written as IPv6`,
    });
}

/** An IPv4 literal, and the notation it was written in (`0x7f.1`, `2130706433`), which the parser normalised. */
function describeIpv4Host(analysis: UrlAnalysis, host: string, raw: string): void {
  const rawHost = rawHostOf(raw).replace(/\.$/, "");
  const notation = ipv4Notation(rawHost);
  analysis.ip = { version: 4, range: ipv4Range(host), notation };
  analysis.warnings.push({ kind: "ip_literal", message: `the host is the IP address ${host}, not a name` });
  if (notation !== "dotted-decimal")
    analysis.warnings.push({
      kind: "obfuscated_ip",
      message: `"${rawHost}" is the IP address ${host} in ${notation} notation`,
    });
}

/** A host name: its Unicode form when internationalised, look-alike scripts, and its registrable domain. */
function describeNamedHost(analysis: UrlAnalysis, host: string): void {
  const unicode = domainToUnicode(host);
  if (unicode && unicode !== host) {
    analysis.unicodeHost = unicode;
    analysis.warnings.push({ kind: "idn", message: `internationalised host: ${unicode} is ${host}` });
    const mixed = mixedScriptLabels(unicode);
    if (mixed.length > 0)
      analysis.warnings.push({
        kind: "mixed_script",
        message: `"${mixed.join(".")}" mixes scripts that look alike (${host})`,
      });
  }
  analysis.registrableDomain = getDomain(host, { allowPrivateDomains: true }) ?? undefined;
}

/** True when `host` is itself a public suffix such as `com` or `co.uk`. */
export function isPublicSuffix(host: string): boolean {
  return getPublicSuffix(host, { allowPrivateDomains: true }) === host;
}
