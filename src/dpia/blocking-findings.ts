import { atLeast } from "../assess/risk-scale";
import type { RiskLevel } from "../catalog/schema";
import type { RiskThresholds } from "../policy/schema";
import { ALL_RULES } from "../rules/registry";
import type { Dpia } from "./schema";

type DpiaFinding = Dpia["findings"][number];
type BlockingFinding = NonNullable<Dpia["blocking_findings"]>[number];

function remediationOf(ruleId: string): string {
  return (
    ALL_RULES.find((rule) => rule.id === ruleId)?.remediation ??
    `See npx dpia explain ${ruleId} for what the rule checks and how to fix it.`
  );
}

/**
 * What blocks a DPIA, each with its fix: the findings at or above block_at. Under the default policy
 * (block_at Critical) a block always rests on one (the matrix alone reaches at most High); a stricter
 * policy (block_at High) can block on the risk adding up, and then the findings at or above warn_at
 * are what raised it.
 */
export function blockingFindingsOf(
  findings: DpiaFinding[],
  overall: RiskLevel,
  thresholds: Pick<RiskThresholds, "block_at" | "warn_at">,
): BlockingFinding[] {
  if (!atLeast(overall, thresholds.block_at)) return [];
  const atBlock = findings.filter((finding) => atLeast(finding.severity, thresholds.block_at));
  const chosen =
    atBlock.length > 0 ? atBlock : findings.filter((finding) => atLeast(finding.severity, thresholds.warn_at));
  return chosen.map((finding) => ({
    rule_id: finding.rule_id,
    severity: finding.severity,
    resource: finding.resource,
    ...(finding.attribute ? { attribute: finding.attribute } : {}),
    message: finding.message,
    remediation: remediationOf(finding.rule_id),
  }));
}

/** The way past a block, in one paragraph: fix what blocks, or a time-bound, dual-signed exception. */
export function unblockOf(dpiaId: string, blocking: BlockingFinding[]): string {
  const fix =
    blocking.length > 0
      ? `Fix ${blocking.length === 1 ? "the blocking finding" : `each of the ${blocking.length} blocking findings`} (${[...new Set(blocking.map((finding) => finding.rule_id))].join(", ")}) as its remediation says and run the gate again`
      : "Lower the risk of the data flows themselves (fewer or less sensitive data elements, or keep them in Genesys Cloud) and run the gate again";
  return `${fix}; or, when the deployment cannot wait, request a time-bound exception for this DPIA (npx dpia exception request ${dpiaId}.json --reason … --ticket …): it applies once a DPO and a second approver have signed it, and the block returns when it expires.`;
}
