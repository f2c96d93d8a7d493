import { createHash } from "node:crypto";
import { builtInCatalog } from "../catalog/load-catalog";
import { analyzeUrl } from "../hosts/url-analysis";
import { visitStrings } from "../inventory/expressions";
import { typeIn, type ResourceType } from "../inventory/resource-type";
import type { AttributeChange } from "./diff";
import type { DriftChange, DriftKind } from "./model";

/** Attributes whose change says nothing about personal data. */
const COSMETIC = new Set([
  "description",
  "notes",
  "name",
  "display_name",
  "category",
  "intended_state_note",
  "tags",
  "version",
]);
const ROLE_GRANTS: readonly ResourceType[] = [
  "genesyscloud_oauth_client",
  "genesyscloud_user_roles",
  "genesyscloud_group_roles",
];

function rootOf(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

function urlsIn(value: unknown): Array<{ scheme: string; host: string }> {
  const found: Array<{ scheme: string; host: string }> = [];
  visitStrings(value, (text) => {
    for (const match of text.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/[^\s"'<>]+/gi)) {
      const parsed = analyzeUrl(match[0]);
      if (parsed.ok) found.push({ scheme: match[1]!.toLowerCase(), host: parsed.url.host });
    }
  });
  return found;
}

const INSECURE: Record<string, string> = { https: "http", wss: "ws", sftp: "ftp" };
/** Attributes that name where data is stored or sent without a URL: the org's region, a host. */
const REGION_OR_HOST = /^(aws_region|region|media_regions|host)$/;
const HOST_NAMED = /(host|hostname|endpoint|url|uri)$/i;

/** Who may see or use it: a role granted in more divisions, a division added to a set, or "*" anywhere. */
function divisionKinds(type: string, change: AttributeChange, root: string, kinds: Set<DriftKind>): void {
  const { path, after } = change;
  const divisionsAfter: string[] = [];
  visitStrings(
    after,
    (text, at) => (/division_ids?$/.test(at().replace(/(\[\d+\])+$/, "")) ? divisionsAfter.push(text) : undefined),
    path,
  );
  if (divisionsAfter.includes("*")) kinds.add("division_widened");
  if (/division_ids$/.test(path) && after !== undefined) kinds.add("division_widened");
  if (typeIn(type, ...ROLE_GRANTS) && root === "roles") {
    if (after !== undefined && (change.before === undefined || /role_id$/.test(path)))
      kinds.add("role_permission_added");
    if (/division_id$/.test(path) && after !== undefined) kinds.add("division_widened");
  }
}

/** Whether the change is to an attribute the catalog names as where the resource sends data. */
function isDestinationAttribute(type: string, path: string): boolean {
  const attributes = builtInCatalog().resourceTypes.resource_types[type]?.destination_attributes ?? [];
  return attributes.includes(path.replace(/\[\d+\]/g, ""));
}

/** Where the data goes: URLs (host and scheme), and the org's or a resource's region. */
function destinationKinds(type: string, change: AttributeChange, leaf: string, kinds: Set<DriftKind>): void {
  const { before, after } = change;
  const was = urlsIn(before);
  const now = urlsIn(after);
  const wasHosts = new Set(was.map((url) => url.host));
  if (now.some((url) => !wasHosts.has(url.host)))
    kinds.add(was.length === 0 ? "destination_added" : "destination_changed");
  // A destination attribute whose new value names no host it had (a template such as "${input.url}").
  if (isDestinationAttribute(type, change.path) && after !== undefined && !now.some((url) => wasHosts.has(url.host)))
    kinds.add(was.length === 0 ? "destination_added" : "destination_changed");
  if (now.some((url) => was.some((old) => old.host === url.host && INSECURE[old.scheme] === url.scheme)))
    kinds.add("https_downgraded");
  if (REGION_OR_HOST.test(leaf) && after !== undefined)
    kinds.add(before === undefined ? "destination_added" : "destination_changed");
  // A host or URL written without a scheme (a credential field, a template): urlsIn cannot see its host.
  if (HOST_NAMED.test(leaf) && typeof after === "string" && !after.includes("://") && after !== before)
    kinds.add(before === undefined ? "destination_added" : "destination_changed");
}

/** Protection switched off: secure data actions, redaction and masking, and any recording or transcription setting. */
function protectionKinds(change: AttributeChange, leaf: string, kinds: Set<DriftKind>): void {
  const { path, before, after } = change;
  if (leaf === "secure" && before === true && after !== true) kinds.add("secure_disabled");
  const inverted = /disable|suppress/i.test(leaf);
  const wasOn = inverted
    ? before === false || before === undefined
    : before === true || typeof before === "string" || Array.isArray(before);
  const isOff = inverted ? after === true : after === false || after === undefined;
  if (/redact|mask|pii|pci|encrypt/i.test(path) && wasOn && isOff) kinds.add("masking_disabled");
  if (/recording|transcri|record_acw/i.test(path)) kinds.add("recording_changed");
  if (/retention|ttl/i.test(path)) {
    const longer = typeof before === "number" && (after === undefined || (typeof after === "number" && after > before));
    if (longer || (before !== undefined && after === undefined)) kinds.add("retention_lengthened");
  }
}

function kindsOf(type: string, change: AttributeChange): DriftKind[] {
  const { path, after } = change;
  const root = rootOf(path);
  const leaf = (path.split(".").pop() ?? path).replace(/\[\d+\]$/, "");
  const kinds = new Set<DriftKind>();
  if (typeIn(type, "genesyscloud_oauth_client") && root === "scopes" && after !== undefined) kinds.add("scope_added");
  divisionKinds(type, change, root, kinds);
  if (
    typeIn(type, "genesyscloud_auth_role") &&
    (root === "permission_policies" || root === "permissions") &&
    after !== undefined
  )
    kinds.add("role_permission_added");
  destinationKinds(type, change, leaf, kinds);
  protectionKinds(change, leaf, kinds);
  if (kinds.size === 0) kinds.add(COSMETIC.has(root) || COSMETIC.has(leaf) ? "cosmetic" : "configuration_changed");
  return [...kinds];
}

/**
 * What only a new assessment may approve (a gate run or an exception), never an ignore entry: more
 * access, a wider audience, another destination or region, weaker transport or masking, recording or
 * transcription, longer retention, more data, a new recipient. `configuration_changed` counts but
 * may be ignored for a while; `cosmetic` never counts.
 */
const NEVER_IGNORED: ReadonlySet<DriftKind> = new Set<DriftKind>([
  "scope_added",
  "role_permission_added",
  "division_widened",
  "destination_added",
  "destination_changed",
  "https_downgraded",
  "secure_disabled",
  "masking_disabled",
  "recording_changed",
  "retention_lengthened",
  "new_data_elements",
  "new_vendor_egress",
  "subject_never_assessed",
]);

/** The privacy-relevant kinds of a change that no ignore entry may hide; empty when it may be ignored. */
export function unignorableKinds(change: { kinds: DriftKind[] }): DriftKind[] {
  return change.kinds.filter((kind) => NEVER_IGNORED.has(kind));
}

/**
 * A value as a drift report may print it: flags, numbers, short tokens (scopes, grant types, "*")
 * and the scheme and host of URLs. Anything else could be personal data or a secret: a short hash.
 */
function show(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (value === null || typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") {
    const url = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)/i.exec(value);
    if (url) return `${url[1]}://${url[2]}/…`;
    if (/^[A-Za-z0-9_:*.\-]{1,40}$/.test(value)) return JSON.stringify(value);
    return `(text, ${createHash("sha256").update(value).digest("hex").slice(0, 8)})`;
  }
  return Array.isArray(value) ? `(${value.length} item${value.length === 1 ? "" : "s"})` : "(block)";
}

/**
 * Changes to one resource, grouped by the attribute they change (one cause), each with what it does
 * to data protection. Anything not recognised is `configuration_changed` and counts (fail closed).
 */
export function classifyResourceChanges(type: string, address: string, changes: AttributeChange[]): DriftChange[] {
  const groups = new Map<string, AttributeChange[]>();
  for (const change of changes) {
    const root = rootOf(change.path);
    groups.set(root, [...(groups.get(root) ?? []), change]);
  }
  return [...groups.entries()].map(([root, members]) => {
    const kinds = [...new Set(members.flatMap((change) => kindsOf(type, change)))];
    const relevant = kinds.filter((kind) => kind !== "cosmetic");
    const finalKinds: DriftKind[] = relevant.length > 0 ? relevant : ["cosmetic"];
    const summary = members
      .slice(0, 3)
      .map((change) => `${change.path}: ${show(change.before)} → ${show(change.after)}`)
      .join("; ");
    return {
      kinds: finalKinds,
      resource: address,
      paths: [...new Set(members.map((change) => change.path))],
      summary: `${root} changed${members.length > 3 ? ` (${members.length} values)` : ""}: ${summary}`,
      privacy_relevant: relevant.length > 0,
    };
  });
}
