import { createHash } from "node:crypto";
import * as path from "node:path";
import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import { atLeast } from "../../assess/risk-scale";
import type { RiskLevel } from "../../catalog/schema";
import type { Dpia } from "../../dpia/schema";
import { ALL_RULES } from "../../rules/registry";
import { GENERATOR_NAME, GENERATOR_VERSION, PROJECT_URL } from "../../version";
import { ARTIFACT_CHECKS } from "../artifact-check-ids";
import type { ArtifactFinding, GateReport } from "../gate-report";
import { ruleAnchor } from "../rules-markdown";
import { jsonForOutput } from "../safe-text";
import { isBlockingFinding } from "../summary";
import { originalUriBaseIds, physicalLocation, type SarifSources } from "./sarif-sources";

/** GitHub code scanning ranks security results by this score: 9.0+ critical, 7.0+ high, 4.0+ medium. */
const SECURITY_SEVERITY: Record<RiskLevel, string> = { Critical: "9.5", High: "8.0", Medium: "5.5", Low: "3.0" };

/** The rule's section in RULES.md, at the tag of this version so that the text matches the rule. */
function ruleHelpUri(ruleId: string): string {
  return `${PROJECT_URL}/blob/v${GENERATOR_VERSION}/RULES.md#${ruleAnchor(ruleId)}`;
}

/** A URI reference to the file, relative to `base` when inside it; each path segment percent-encoded. */
export function artifactUri(file: string, base = process.cwd()): string {
  const relative = path.relative(base, file);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).map(encodeURIComponent).join("/");
}

/** A finding is an error where it blocks its DPIA (blocking_findings), a warning at or above warn_at, else a note. */
function levelOf(finding: Dpia["findings"][number], dpia: Dpia): Result.level {
  if (isBlockingFinding(finding, dpia)) return "error";
  return atLeast(finding.severity, dpia.decision.warn_at) ? "warning" : "note";
}

/** Stable across runs and input forms: the rule, the resource and the attribute, never the wording. */
function fingerprintOf(...parts: Array<string | undefined>): Record<string, string> {
  return {
    "dpiaFinding/v1": createHash("sha256")
      .update(parts.map((part) => part ?? "").join("\u0000"))
      .digest("hex")
      .slice(0, 32),
  };
}

function descriptor(
  rule: { id: string; name: string; description: string; rationale: string; remediation: string },
  severity: RiskLevel,
): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: rule.remediation,
      markdown: `${rule.remediation}\n\n[${rule.id} in RULES.md](${ruleHelpUri(rule.id)})`,
    },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: {
      level: atLeast(severity, "Critical") ? "error" : atLeast(severity, "High") ? "warning" : "note",
    },
    properties: { severity, "security-severity": SECURITY_SEVERITY[severity], tags: ["security", "privacy", "gdpr"] },
  };
}

/** The file and line of the finding (its attribute's line when written), with its construct path or address as the logical location. */
function findingLocation(finding: Dpia["findings"][number], dpia: Dpia, sources: SarifSources): Location {
  const resource = dpia.resources.find((r) => r.address === finding.resource);
  const constructPath = finding.construct_path ?? resource?.construct_path;
  const at = sources.locate({
    address: finding.resource,
    ...(resource?.file ? { file: resource.file } : {}),
    ...(resource?.line ? { line: resource.line } : {}),
    ...(constructPath ? { constructPath } : {}),
    ...(finding.attribute ? { attribute: finding.attribute } : {}),
  });
  return {
    physicalLocation: physicalLocation(at, sources.root),
    logicalLocations: [{ fullyQualifiedName: constructPath ?? finding.resource, kind: "resource" }],
  };
}

function findingResult(finding: Dpia["findings"][number], dpia: Dpia, sources: SarifSources): Result {
  return {
    ruleId: finding.rule_id,
    level: levelOf(finding, dpia),
    message: { text: `${finding.message} (DPIA ${dpia.dpia_id}, ${dpia.compliance_status})` },
    locations: [findingLocation(finding, dpia, sources)],
    partialFingerprints: fingerprintOf(finding.rule_id, finding.resource, finding.attribute),
    ...(finding.acknowledged
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: `${finding.acknowledged.reason} (${finding.acknowledged.source})`,
            },
          ],
        }
      : {}),
    properties: {
      dpia_id: dpia.dpia_id,
      severity: finding.severity,
      "security-severity": SECURITY_SEVERITY[finding.severity],
      attribute: finding.attribute ?? null,
      blocking: isBlockingFinding(finding, dpia),
      ...(isBlockingFinding(finding, dpia) && dpia.decision.unblock ? { unblock: dpia.decision.unblock } : {}),
    },
  };
}

/** At the DPIA file the check is about, else where the input came from, with the DPIA as the logical location. */
function artifactResult(finding: ArtifactFinding, sources: SarifSources): Result {
  const at = finding.file ? { file: finding.file, line: 1 } : sources.locate({ address: finding.dpia_id });
  const location = physicalLocation(at, sources.root);
  return {
    ruleId: finding.rule_id,
    level: "error",
    message: { text: finding.message },
    locations: [{ physicalLocation: location, logicalLocations: [{ fullyQualifiedName: finding.dpia_id }] }],
    partialFingerprints: fingerprintOf(
      finding.rule_id,
      finding.dpia_id,
      finding.file ? location.artifactLocation?.uri : undefined,
    ),
  };
}

/**
 * SARIF 2.1.0: one result per finding, each at a file and line relative to the repository root
 * (`%SRCROOT%`), with the construct path or address as its logical location.
 */
export function renderSarif(report: GateReport, sources: SarifSources): string {
  const rules: ReportingDescriptor[] = [
    ...ALL_RULES.map((rule) => descriptor(rule, rule.severity)),
    ...ARTIFACT_CHECKS.map((rule) => descriptor(rule, "Critical")),
  ];
  const results: Result[] = [
    ...report.dpias.flatMap((dpia) => dpia.findings.map((finding) => findingResult(finding, dpia, sources))),
    ...report.artifactFindings.map((finding) => artifactResult(finding, sources)),
  ];
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: GENERATOR_NAME, version: GENERATOR_VERSION, informationUri: PROJECT_URL, rules } },
        originalUriBaseIds: originalUriBaseIds(sources.root),
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
  return jsonForOutput(log);
}
