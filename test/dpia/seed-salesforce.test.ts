import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { applyPolicy } from "../../src/policy/load-policy";
import { FIXED_NOW } from "../helpers/assess-config";

describe("the seed's Salesforce CRM Sync example (DESIGN.md) as a configuration", () => {
  const twin = path.resolve(__dirname, "../fixtures/twins/v-recordings-to-crm");
  const assessFolder = async (side: string) =>
    assessInventory(await readHclFolder(path.join(twin, side), { env: {} }), {
      policy: applyPolicy(undefined),
      now: FIXED_NOW,
    });

  test("is BLOCKED at Critical, the justification naming the recordings and the missing end-to-end encryption", async () => {
    const dpia = (await assessFolder("dangerous")).dpias[0]!;
    expect(dpia.integration_name).toBe("Salesforce CRM Sync");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.risk_assessment.overall_risk_score).toBe("Critical");
    expect(dpia.data_elements.map((element) => element.id)).toEqual(["call_recording_audio", "contact_pii"]);
    expect(dpia.risk_assessment.justification).toContain("call and interaction recordings");
    expect(dpia.risk_assessment.justification).toContain("without end-to-end encryption");
    expect(dpia.blocking_findings!.map((finding) => finding.rule_id)).toEqual(["GC-REC-3"]);
  });

  test("its harmless twin, recordings kept in Genesys under a retention policy, is approved below High", async () => {
    const dpia = (await assessFolder("harmless")).dpias[0]!;
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpia.risk_assessment.overall_risk_score).toBe("Medium");
  });
});
