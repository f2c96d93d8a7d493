import type { Dpia } from "../dpia/schema";
import { comparableSnapshot, identityOf } from "./canonical";
import { classifyResourceChanges } from "./classify-changes";
import { diffAttributes } from "./diff";
import {
  applyIgnores,
  DEFAULT_MAX_IGNORE_DAYS,
  sortIgnores,
  type DriftIgnore,
  type IgnoreLedger,
} from "./ignore-entries";
import type { Baseline, ConfigurationSnapshot, DriftChange, DriftReport, NamedIgnore, SubjectDrift } from "./model";
import { compareText } from "../text-order";

/** What is deployed now, as assessed in this run. */
export interface CurrentSubject {
  dpia: Dpia;
  snapshot: ConfigurationSnapshot;
}

type Resource = ConfigurationSnapshot["resources"][number];

function keyed(resources: Resource[]): Map<string, Resource> {
  return new Map(resources.map((resource) => [resource.address, resource]));
}

/** Pairs the resources of two snapshots by address, else by the name they have in the org. */
function pairResources(before: Resource[], after: Resource[]): Array<{ before?: Resource; after?: Resource }> {
  const byAddress = keyed(before);
  const byIdentity = new Map(before.map((resource) => [identityOf(resource) ?? `@${resource.address}`, resource]));
  const used = new Set<string>();
  const pairs: Array<{ before?: Resource; after?: Resource }> = [];
  for (const resource of after) {
    const match = byAddress.get(resource.address) ?? byIdentity.get(identityOf(resource) ?? `@${resource.address}`);
    if (match && !used.has(match.address)) {
      used.add(match.address);
      pairs.push({ before: match, after: resource });
    } else pairs.push({ after: resource });
  }
  for (const resource of before) if (!used.has(resource.address)) pairs.push({ before: resource });
  return pairs;
}

function configurationChanges(baseline: ConfigurationSnapshot, current: ConfigurationSnapshot): DriftChange[] {
  const a = comparableSnapshot(baseline);
  const b = comparableSnapshot(current);
  const changes: DriftChange[] = [];
  for (const pair of pairResources(a.resources, b.resources)) {
    const type = (pair.after ?? pair.before)!.type;
    const address = (pair.after ?? pair.before)!.address;
    const found = classifyResourceChanges(
      type,
      address,
      diffAttributes(pair.before?.attributes, pair.after?.attributes),
    );
    if (!pair.before)
      changes.push(...found.map((change) => ({ ...change, summary: `added to the subject: ${change.summary}` })));
    else if (!pair.after)
      changes.push({
        kinds: ["configuration_changed"],
        resource: address,
        paths: [""],
        summary: "removed from the subject (was approved with it)",
        privacy_relevant: true,
      });
    else changes.push(...found);
  }
  const providerChanges = diffAttributes(a.providers, b.providers);
  if (providerChanges.length > 0)
    changes.push(...classifyResourceChanges("provider", "provider.genesyscloud", providerChanges));
  return changes;
}

function hostsReceivingData(dpia: Dpia): Set<string> {
  return new Set(
    dpia.data_flows
      .filter((flow) => flow.data_elements.length > 0 && flow.destination_host)
      .map((flow) => flow.destination_host!),
  );
}

/** What the fresh assessment shows that the approved one did not: new data elements, new recipients. */
function assessmentChanges(baseline: Dpia, fresh: Dpia): DriftChange[] {
  const changes: DriftChange[] = [];
  const known = new Set(baseline.data_elements.map((element) => element.id));
  const added = fresh.data_elements.filter((element) => !known.has(element.id));
  if (added.length > 0) {
    changes.push({
      kinds: ["new_data_elements"],
      resource: fresh.subject.address,
      paths: [],
      summary: `data elements not in the approved DPIA: ${added.map((element) => element.name).join(", ")}`,
      privacy_relevant: true,
    });
  }
  const before = hostsReceivingData(baseline);
  const newHosts = [...hostsReceivingData(fresh)].filter((host) => !before.has(host)).sort();
  if (newHosts.length > 0) {
    changes.push({
      kinds: ["new_vendor_egress"],
      resource: fresh.subject.address,
      paths: [],
      summary: `personal data now also goes to ${newHosts.join(", ")}`,
      privacy_relevant: true,
    });
  }
  return changes;
}

const counts = (change: DriftChange) => change.privacy_relevant && !change.ignored;

/**
 * Each current subject against its last approved baseline (matched by address, else by the primary
 * resource's name in the org), classified by what the changes do to data protection.
 */
export function compareWithBaselines(
  current: CurrentSubject[],
  baselines: Baseline[],
  options: { ignores: DriftIgnore[]; maxIgnoreDays?: number; now: Date; source: string },
): DriftReport {
  const { active, expired, refused } = sortIgnores(options.ignores, {
    now: options.now,
    maxDays: options.maxIgnoreDays ?? DEFAULT_MAX_IGNORE_DAYS,
  });
  const ledger: IgnoreLedger = { used: new Map(), refused };
  const baselineOf = baselineFinder(baselines);
  const matched = new Set<Baseline>();
  const subjects: SubjectDrift[] = [];
  for (const { dpia, snapshot } of current) {
    const baseline = baselineOf(dpia, snapshot);
    if (!baseline || matched.has(baseline)) {
      subjects.push(newSubject(dpia));
      continue;
    }
    matched.add(baseline);
    subjects.push(comparedSubject(dpia, snapshot, baseline, active, ledger));
  }
  for (const baseline of baselines) {
    if (!matched.has(baseline)) subjects.push(goneSubject(baseline));
  }
  subjects.sort((a, b) => compareText(a.subject, b.subject));
  return driftReport(subjects, { ...ledger, expired }, options);
}

/** The name the subject's primary resource has in the org, when the snapshot holds it. */
function primaryIdentity(dpia: Dpia, snapshot: ConfigurationSnapshot): string | undefined {
  const primary = snapshot.resources.find((resource) => resource.address === dpia.subject.address);
  return primary ? identityOf(primary) : undefined;
}

/** Finds a subject's baseline by address, else by the name its primary resource has in the org. */
function baselineFinder(baselines: Baseline[]): (dpia: Dpia, snapshot: ConfigurationSnapshot) => Baseline | undefined {
  const byAddress = new Map(baselines.map((baseline) => [baseline.dpia.subject.address, baseline]));
  const byIdentity = new Map(
    baselines.map((baseline) => [
      primaryIdentity(baseline.dpia, baseline.snapshot) ?? `@${baseline.dpia.subject.address}`,
      baseline,
    ]),
  );
  return (dpia, snapshot) =>
    byAddress.get(dpia.subject.address) ??
    byIdentity.get(primaryIdentity(dpia, snapshot) ?? `@${dpia.subject.address}`);
}

function freshSummary(dpia: Dpia): NonNullable<SubjectDrift["fresh"]> {
  return {
    fingerprint: dpia.fingerprint,
    compliance_status: dpia.compliance_status,
    overall_risk: dpia.risk_assessment.overall_risk_score,
    findings: dpia.findings.length,
  };
}

function baselineSummary(baseline: Baseline): NonNullable<SubjectDrift["baseline"]> {
  return {
    recorded_as: baseline.recordedAs,
    at: baseline.at,
    fingerprint: baseline.dpia.fingerprint,
    compliance_status: baseline.dpia.compliance_status,
  };
}

const isBlocked = (dpia: Dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT";

/** Deployed, but with no approved DPIA to compare with: it fails the run. */
function newSubject(dpia: Dpia): SubjectDrift {
  const fresh = freshSummary(dpia);
  return {
    subject: dpia.subject.address,
    name: dpia.integration_name,
    dpia_id: dpia.dpia_id,
    state: "new",
    fresh,
    changes: [
      {
        kinds: ["subject_never_assessed"],
        resource: dpia.subject.address,
        paths: [],
        summary: "deployed, but no approved DPIA of it is in the register",
        privacy_relevant: true,
      },
    ],
    verdict: `deployed but never approved${isBlocked(dpia) ? `; the fresh assessment is blocked (${fresh.overall_risk})` : ""}`,
    failed: true,
  };
}

/** A subject against its baseline: unchanged, cosmetic or drifted, and failed when drift counts or it is blocked. */
function comparedSubject(
  dpia: Dpia,
  snapshot: ConfigurationSnapshot,
  baseline: Baseline,
  active: NamedIgnore[],
  ledger: IgnoreLedger,
): SubjectDrift {
  const fresh = freshSummary(dpia);
  const changes = applyIgnores(
    baseline.dpia.subject.address,
    [...configurationChanges(baseline.snapshot, snapshot), ...assessmentChanges(baseline.dpia, dpia)],
    active,
    ledger,
  );
  const relevant = changes.filter(counts);
  const state = changes.length === 0 ? "unchanged" : relevant.length === 0 ? "cosmetic" : "drifted";
  const reasons = [
    ...(isBlocked(dpia) ? [`the fresh assessment is blocked (${fresh.overall_risk})`] : []),
    ...(relevant.length > 0
      ? [
          `${relevant.length} privacy-relevant change${relevant.length === 1 ? "" : "s"} since the approval of ${baseline.at} ${relevant.length === 1 ? "was" : "were"} never approved`,
        ]
      : []),
  ];
  return {
    subject: dpia.subject.address,
    name: dpia.integration_name,
    dpia_id: dpia.dpia_id,
    state,
    baseline: baselineSummary(baseline),
    fresh,
    changes,
    verdict:
      reasons.length > 0
        ? reasons.join("; ")
        : state === "unchanged"
          ? "as approved"
          : "only cosmetic or ignored changes",
    failed: reasons.length > 0,
  };
}

/** Approved, but no longer deployed: reported, never failed. */
function goneSubject(baseline: Baseline): SubjectDrift {
  return {
    subject: baseline.dpia.subject.address,
    name: baseline.dpia.integration_name,
    dpia_id: baseline.dpia.dpia_id,
    state: "gone",
    baseline: baselineSummary(baseline),
    changes: [
      {
        kinds: ["subject_gone"],
        resource: baseline.dpia.subject.address,
        paths: [],
        summary: "approved, but no longer deployed",
        privacy_relevant: false,
      },
    ],
    verdict: "no longer deployed (its DPIA can be closed)",
    failed: false,
  };
}

function driftReport(
  subjects: SubjectDrift[],
  ignores: IgnoreLedger & { expired: NamedIgnore[] },
  options: { now: Date; source: string },
): DriftReport {
  const tally = (state: SubjectDrift["state"]) => subjects.filter((subject) => subject.state === state).length;
  const failed = subjects.filter((subject) => subject.failed).length;
  return {
    source: options.source,
    checked_at: options.now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    subjects,
    ignores_used: [...ignores.used].map(([entry, hid]) => ({ ...entry, hid })),
    ignores_expired: ignores.expired,
    ignores_refused: ignores.refused,
    summary: {
      subjects: subjects.length,
      unchanged: tally("unchanged"),
      cosmetic: tally("cosmetic"),
      drifted: tally("drifted"),
      new: tally("new"),
      gone: tally("gone"),
      failed,
    },
    exit_code: ignores.refused.length > 0 ? 2 : failed > 0 ? 1 : 0,
  };
}
