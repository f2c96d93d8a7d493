import { parseVelocity, type VelocityPart } from "../inventory/velocity";
import type { Catalog, PlatformApi } from "./schema";

/** One segment of a request path as the configuration writes it. */
export type PathSegment =
  | { kind: "literal"; text: string }
  /** A Terraform reference alone in the segment (`${genesyscloud_integration_action.crm.id}`). */
  | { kind: "reference"; address: string; attribute: string }
  /** A Velocity reference or a Terraform expression: any value at run time. */
  | { kind: "expression"; source: string };

type Effect = PlatformApi["effects"][number]["effect"];

/** What a call of the org's own Platform API does, as the catalog knows it. */
export interface PlatformApiCall {
  method: string;
  /** The path as written, before the query. */
  path: string;
  segments: PathSegment[];
  /** `unknown`: a write to an operation the catalog does not know, or that may reach operations of different effects. */
  effect: Effect | "unknown";
  why: string;
  /** The catalog's path template, when one operation (or several of one effect) matched. */
  template?: string;
  /** The request-body field that names who receives the data. */
  recipient?: string;
  /** The recipient field holds email addresses. */
  mailbox?: boolean;
  /** Nothing leaves the org when the request body cannot name the recipient field. */
  recipientRequired?: boolean;
  /** A request-body field whose literal value keeps the operation inside the org. */
  staysInOrgWhen?: { field: string; equals: string };
}

interface Node {
  literal: Map<string, Node>;
  param?: Node;
  template?: string;
  methods?: Partial<Record<string, number>>;
}

const READ_METHODS = new Set(["GET", "HEAD"]);
const tries = new WeakMap<PlatformApi, Node>();

function trieOf(api: PlatformApi): Node {
  const cached = tries.get(api);
  if (cached) return cached;
  const root: Node = { literal: new Map() };
  for (const [template, methods] of Object.entries(api.paths)) {
    let node = root;
    for (const segment of template.split("/").filter(Boolean)) {
      if (/^\{[^/]*\}$/.test(segment)) node = node.param ??= { literal: new Map() };
      else {
        const next = node.literal.get(segment) ?? { literal: new Map() };
        node.literal.set(segment, next);
        node = next;
      }
    }
    node.template = template;
    node.methods = methods;
  }
  tries.set(api, root);
  return root;
}

/** The operations a path may reach: a literal segment prefers a literal template segment (as routers do); an expression may be any. */
function reach(node: Node, segments: PathSegment[], index: number): Node[] {
  if (index === segments.length) return node.methods ? [node] : [];
  const segment = segments[index]!;
  if (segment.kind === "literal") {
    const exact = node.literal.get(segment.text);
    const found = exact ? reach(exact, segments, index + 1) : [];
    if (found.length > 0) return found;
    return node.param ? reach(node.param, segments, index + 1) : [];
  }
  // An expression named as an id (`${input.conversationId}`, a resource's `.id`) fills a parameter;
  // any other expression may be any segment, an operation's literal name included.
  const children = [...(idLike(segment) ? [] : node.literal.values()), ...(node.param ? [node.param] : [])];
  return children.flatMap((child) => reach(child, segments, index + 1));
}

function idLike(segment: Exclude<PathSegment, { kind: "literal" }>): boolean {
  return segment.kind === "reference" ? segment.attribute === "id" : /(?:id|Id|ID)[\s})]*$/.test(segment.source);
}

const EXPRESSION = "\u0000";
const PLACEHOLDER = new RegExp(`${EXPRESSION}(\\d+)${EXPRESSION}`, "g");

function sourceOf(segment: PathSegment): string {
  return segment.kind === "literal"
    ? segment.text
    : segment.kind === "expression"
      ? segment.source
      : `\${${segment.address}.${segment.attribute}}`;
}

function segmentOf(part: Exclude<VelocityPart, { kind: "text" }>): Exclude<PathSegment, { kind: "literal" }> {
  if (part.kind !== "terraform") return { kind: "expression", source: part.source };
  const inner = part.part;
  if (inner.kind === "reference") return { kind: "reference", address: inner.address, attribute: inner.attribute };
  return { kind: "expression", source: inner.kind === "literal" ? inner.text : `\${${inner.expression}}` };
}

/** A literal segment as the API's router may read it: percent-decoded, and lower case as every operation's literals are. */
function canonical(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/**
 * The path of a relative URL template (the org's API host), split into segments; undefined for any other URL.
 * The query and fragment are cut at the first literal `?` or `#`; `#set` outputs nothing.
 */
function platformApiPath(urlTemplate: string | undefined): { path: string; segments: PathSegment[] } | undefined {
  if (!urlTemplate) return undefined;
  const references: PathSegment[] = [];
  let text = "";
  for (const part of parseVelocity(urlTemplate.trim())) {
    if (part.kind === "text") text += part.text;
    else if (part.kind === "directive" && part.name === "set") continue;
    else if (part.kind === "terraform" && part.part.kind === "literal") text += part.part.text;
    else text += `${EXPRESSION}${references.push(segmentOf(part)) - 1}${EXPRESSION}`;
  }
  const path = text.trimStart().split(/[?#]/, 1)[0]!;
  // Any other relative path also goes to the org's API host: it is judged, never waved through.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith(`/${EXPRESSION}`)) return undefined;
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((segment): PathSegment => {
      const only = new RegExp(`^${EXPRESSION}(\\d+)${EXPRESSION}$`).exec(segment);
      if (only) return references[Number(only[1])]!;
      if (!segment.includes(EXPRESSION)) return { kind: "literal", text: canonical(segment) };
      return {
        kind: "expression",
        source: segment.replace(PLACEHOLDER, (_, index: string) => sourceOf(references[Number(index)]!)),
      };
    });
  const shown = path.replace(PLACEHOLDER, (_, index: string) => sourceOf(references[Number(index)]!));
  return { path: shown, segments };
}

/** Whether an effect keeps the data inside the org: a read, a write, or a write that changes who may read it. */
export function staysInOrg(effect: Effect | "unknown"): boolean {
  return effect === "read" || effect === "write" || effect === "changes_access";
}

function unknownCall(method: string, path: string, segments: PathSegment[], why: string): PlatformApiCall {
  return READ_METHODS.has(method)
    ? { method, path, segments, effect: "read", why: "a GET reads inside the org whatever the path" }
    : { method, path, segments, effect: "unknown", why };
}

/**
 * What a data action's call of the org's own Platform API does: the catalog's effect for its method
 * and path. A GET is a read inside the org wherever it goes; any other method on a path the catalog
 * does not know, or on a path that may reach operations of different effects, is unknown.
 */
export function platformApiCall(
  catalog: Catalog,
  method: string | undefined,
  urlTemplate: string | undefined,
): PlatformApiCall | undefined {
  const read = platformApiPath(urlTemplate);
  if (!read) return undefined;
  const { path, segments } = read;
  const verb = (method ?? "").trim().toUpperCase();
  const api = catalog.platformApi;
  const version = `${api.source.package}@${api.source.version}`;
  const nodes = reach(trieOf(api), segments, 0).filter((node) => node.methods?.[verb] !== undefined);
  if (nodes.length === 0)
    return unknownCall(
      verb,
      path,
      segments,
      `${verb || "the method"} ${path} is not an operation of the Platform API (${version})`,
    );
  const entries = nodes.flatMap((node) => {
    const index = node.methods?.[verb];
    const entry = index === undefined ? undefined : api.effects[index];
    return entry && node.template ? [{ template: node.template, entry }] : [];
  });
  const effects = new Set(entries.map(({ entry }) => entry.effect));
  const insideOnly = [...effects].every(staysInOrg);
  if (effects.size > 1 && !insideOnly)
    return unknownCall(
      verb,
      path,
      segments,
      `${verb} ${path} may reach ${entries.map(({ template }) => template).join(", ")}, which do different things with the data`,
    );
  // Of operations that all stay in the org, the one that does the most is what the call may do.
  const chosen =
    entries.find(({ entry }) => entry.effect === "changes_access") ??
    entries.find(({ entry }) => entry.effect === "write") ??
    entries[0]!;
  const whys = [...new Set(entries.map(({ entry }) => entry.why))];
  return {
    method: verb,
    path,
    segments,
    effect: chosen.entry.effect,
    why: effects.size === 1 && whys.length > 1 ? whys.join("; or ") : chosen.entry.why,
    template: chosen.template,
    ...(chosen.entry.recipient ? { recipient: chosen.entry.recipient } : {}),
    ...(chosen.entry.mailbox ? { mailbox: true } : {}),
    // When the path may reach several operations, what keeps one of them in the org says nothing of the others.
    ...(entries.length === 1 && chosen.entry.recipient_required ? { recipientRequired: true } : {}),
    ...(entries.length === 1 && chosen.entry.stays_in_org_when
      ? { staysInOrgWhen: chosen.entry.stays_in_org_when }
      : {}),
  };
}
