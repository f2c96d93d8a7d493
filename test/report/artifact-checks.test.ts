import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { ARTIFACT_CHECKS, type ArtifactCheckId } from "../../src/report/artifact-check-ids";
import { checkArtifacts } from "../../src/report/artifact-checks";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

// Each declared artifact check, made by the comparison the pipeline gate runs between a fresh
// assessment and the DPIAs the aspect left in cdktf.out: a check nothing makes fails here, and a
// check without a case here does not compile.
const CARD_CONTRACT = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } });

const ARTIFACTS: Record<ArtifactCheckId, (fresh: Dpia) => Array<{ file: string; dpia?: Dpia; problem?: string }>> = {
  "GC-ART-1": () => [],
  "GC-ART-2": (fresh) => [{ file: "a.json", dpia: { ...fresh, fingerprint: `sha256:${"0".repeat(64)}` } }],
  "GC-ART-3": (fresh) => [
    {
      file: "a.json",
      dpia: {
        ...fresh,
        compliance_status: "APPROVED_FOR_DEPLOYMENT",
        risk_assessment: { ...fresh.risk_assessment, overall_risk_score: "Low" },
      },
    },
  ],
};

describe("every declared artifact check is made by the gate's comparison", () => {
  test.each(ARTIFACT_CHECKS.map((check) => check.id))("%s", (id) => {
    const fresh = assess(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT }))).blocked[0]!;
    const findings = checkArtifacts([fresh], ARTIFACTS[id](fresh));
    expect(findings.map((finding) => finding.rule_id)).toEqual([id]);
  });

  test("the artifact the aspect wrote for the same configuration raises none", () => {
    const fresh = assess(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT }))).blocked[0]!;
    expect(checkArtifacts([fresh], [{ file: "a.json", dpia: fresh }])).toEqual([]);
  });
});
