import { createHash } from "node:crypto";
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

function kindsOf(type: string, change: AttributeChange): DriftKind[] {
  const { path, before, after } = change;
  const root = rootOf(path);
  const leaf = path.split(".").pop() ?? path;
  const kinds = new Set<DriftKind>();
  if (typeIn(type, "genesyscloud_oauth_client") && root === "scopes" && after !== undefined) kinds.add("scope_added");
  if (typeIn(type, ...ROLE_GRANTS) && root === "roles") {
    if (after !== undefined && (before === undefined || /role_id$/.test(path))) kinds.add("role_permission_added");
    const divisionsAfter: string[] = [];
    visitStrings(after, (text, at) =>
      /division_id$/.test(at) || /division_id$/.test(path) ? divisionsAfter.push(text) : undefined,
    );
    if (divisionsAfter.includes("*") || (/division_id$/.test(path) && after !== undefined))
      kinds.add("division_widened");
  }
  if (
    typeIn(type, "genesyscloud_auth_role") &&
    (root === "permission_policies" || root === "permissions") &&
    after !== undefined
  )
    kinds.add("role_permission_added");
  const was = urlsIn(before);
  const now = urlsIn(after);
  const wasHosts = new Set(was.map((url) => url.host));
  if (now.some((url) => !wasHosts.has(url.host)))
    kinds.add(was.length === 0 ? "destination_added" : "destination_changed");
  if (now.some((url) => was.some((old) => old.host === url.host && INSECURE[old.scheme] === url.scheme)))
    kinds.add("https_downgraded");
  if (leaf === "secure" && before === true && after !== true) kinds.add("secure_disabled");
  if (
    /redact|mask|pii|pci|encrypt/i.test(path) &&
    (before === true || typeof before === "string" || Array.isArray(before)) &&
    (after === false || after === undefined)
  )
    kinds.add("masking_disabled");
  if (/retention|ttl/i.test(path)) {
    const longer = typeof before === "number" && (after === undefined || (typeof after === "number" && after > before));
    if (longer || (before !== undefined && after === undefined)) kinds.add("retention_lengthened");
  }
  if (kinds.size === 0) kinds.add(COSMETIC.has(root) || COSMETIC.has(leaf) ? "cosmetic" : "configuration_changed");
  return [...kinds];
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
