import { unignorableKinds } from "./classify-changes";
import type { DriftChange, HiddenChange, NamedIgnore } from "./model";

/** Known drift the DPO accepted for a while: one subject, one attribute path, a reason and an expiry. */
export interface DriftIgnore {
  subject: string;
  /** `<resource address>.<attribute path>`; a change at or below it is covered. */
  path: string;
  reason: string;
  expires: string;
}

/** How long an entry may run from the day drift checks it, unless the policy sets less. */
export const DEFAULT_MAX_IGNORE_DAYS = 90;
/** No entry may run longer, whatever the policy says. */
const HARD_MAX_IGNORE_DAYS = 365;
const DAY_MS = 86_400_000;

/** A Terraform resource address (modules, data, an instance key), or the provider: what precedes the attribute path. */
const RESOURCE_ADDRESS =
  /^(?:module\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.)*(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?/;

/** The attribute path an entry names after its resource address; undefined when it names the whole resource. */
function attributeOf(path: string): string | undefined {
  const address = RESOURCE_ADDRESS.exec(path)?.[0];
  if (!address || !path.startsWith(".", address.length)) return undefined;
  return path.slice(address.length + 1) || undefined;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Why an entry cannot apply at all (a whole resource, a wildcard, no usable expiry or one past the maximum), or undefined. */
export function ignoreEntryProblem(ignore: DriftIgnore, limits: { now: Date; maxDays: number }): string | undefined {
  const problems: string[] = [];
  if (/[*?]/.test(ignore.path) || /[*?]/.test(ignore.subject))
    problems.push(
      `a wildcard in "${ignore.subject}" "${ignore.path}": an entry names attributes of one resource, never all of them`,
    );
  else if (attributeOf(ignore.path) === undefined)
    problems.push(
      `"${ignore.path}" names a whole resource: an entry names attributes (<resource address>.<attribute path>)`,
    );
  const expires = Date.parse(ignore.expires);
  const maxDays = Math.min(Math.max(1, Math.floor(limits.maxDays)), HARD_MAX_IGNORE_DAYS);
  const latest = limits.now.getTime() + maxDays * DAY_MS;
  if (Number.isNaN(expires)) problems.push(`an expiry date-time such as 2027-01-31T00:00:00Z, got "${ignore.expires}"`);
  else if (expires > latest)
    problems.push(
      `expires ${ignore.expires}, past the policy's maximum of ${maxDays} days from now (${iso(latest)}): set drift.max_ignore_days (at most ${HARD_MAX_IGNORE_DAYS}) or an earlier expiry`,
    );
  return problems.length > 0 ? problems.join("; ") : undefined;
}

const atOrBelow = (path: string, attribute: string) =>
  path === attribute || path.startsWith(`${attribute}.`) || path.startsWith(`${attribute}[`);

/** The attribute path the entry names inside the change's resource, or undefined when it names another resource. */
function attributeIn(ignore: NamedIgnore, change: DriftChange): string | undefined {
  if (!ignore.path.startsWith(`${change.resource}.`) || change.paths.length === 0) return undefined;
  return ignore.path.slice(change.resource.length + 1) || undefined;
}

/** Whether the entry covers every path of the change: it hides the change. */
function covers(ignore: NamedIgnore, change: DriftChange): boolean {
  const attribute = attributeIn(ignore, change);
  return attribute !== undefined && change.paths.every((path) => atOrBelow(path, attribute));
}

/** Whether the entry names a place the change touches, above or below: it is about that change. */
function touches(ignore: NamedIgnore, change: DriftChange): boolean {
  const attribute = attributeIn(ignore, change);
  return (
    attribute !== undefined &&
    change.paths.some((path) => atOrBelow(path, attribute) || (path !== "" && atOrBelow(attribute, path)))
  );
}

const hidden = (change: DriftChange): HiddenChange => ({
  resource: change.resource,
  paths: change.paths,
  kinds: change.kinds,
  summary: change.summary,
});

/** What the entries of a run did: the changes each hid, and the entries refused. */
export interface IgnoreLedger {
  used: Map<NamedIgnore, HiddenChange[]>;
  refused: Array<NamedIgnore & { why: string; change?: HiddenChange }>;
}

/**
 * Applies the active entries to one subject's changes. An entry that would hide a privacy-relevant
 * change is refused as a whole and hides nothing: that change is approved only by a new assessment.
 */
export function applyIgnores(
  subject: string,
  changes: DriftChange[],
  active: NamedIgnore[],
  ledger: IgnoreLedger,
): DriftChange[] {
  const applied = new Map<DriftChange, NamedIgnore>();
  for (const ignore of active.filter((entry) => entry.subject === subject)) {
    const forbidden = changes.find((change) => touches(ignore, change) && unignorableKinds(change).length > 0);
    if (forbidden) {
      ledger.refused.push({
        ...ignore,
        why: `it would hide ${unignorableKinds(forbidden).join(", ")} at ${forbidden.resource}.${forbidden.paths.join(", ")}, which only a new assessment (dpia gate, or an exception) may approve`,
        change: hidden(forbidden),
      });
      continue;
    }
    for (const change of changes) if (covers(ignore, change) && !applied.has(change)) applied.set(change, ignore);
  }
  return changes.map((change) => {
    const entry = applied.get(change);
    if (!entry) return change;
    ledger.used.set(entry, [...(ledger.used.get(entry) ?? []), hidden(change)]);
    return { ...change, ignored: { entry: entry.entry, reason: entry.reason, expires: entry.expires } };
  });
}

/** The policy's entries named by their place, sorted into refused (as written), expired and active. */
export function sortIgnores(
  ignores: DriftIgnore[],
  limits: { now: Date; maxDays: number },
): { active: NamedIgnore[]; expired: NamedIgnore[]; refused: IgnoreLedger["refused"] } {
  const sorted = { active: [] as NamedIgnore[], expired: [] as NamedIgnore[], refused: [] as IgnoreLedger["refused"] };
  ignores.forEach((ignore, index) => {
    const named: NamedIgnore = { entry: `drift.ignore[${index}]`, ...ignore };
    const problem = ignoreEntryProblem(ignore, limits);
    if (problem) sorted.refused.push({ ...named, why: problem });
    else if (Date.parse(ignore.expires) > limits.now.getTime()) sorted.active.push(named);
    else sorted.expired.push(named);
  });
  return sorted;
}
