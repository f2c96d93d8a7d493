import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, terraformJson } from "../../helpers/assess-config";

describe("GC-PAIR-1 OrgPairingNamesUsersInConfiguration: who gets cross-org access is reviewable", () => {
  test("Noncompliance: user ids typed in", () => {
    const config = terraformJson({
      genesyscloud_orgauthorization_pairing: { p: { user_ids: ["7b0a-guid"], group_ids: ["${var.group}"] } },
    });
    expect(findingsOf(config, "GC-PAIR-1").map((finding) => finding.attribute)).toEqual([
      "group_ids[0]",
      "user_ids[0]",
    ]);
  });
  test("Compliance: users and groups defined in the configuration; the partner org still needs review", () => {
    const config = terraformJson({
      genesyscloud_user: { ana: { name: "Ana", email: "ana@example.com" } },
      genesyscloud_group: { support: { name: "Support" } },
      genesyscloud_orgauthorization_pairing: {
        p: { user_ids: [ref("genesyscloud_user.ana")], group_ids: [ref("genesyscloud_group.support")] },
      },
    });
    expect(findingsOf(config, "GC-PAIR-1")).toEqual([]);
    const dpia = dpiaFor(config, "genesyscloud_orgauthorization_pairing.p");
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-DST-1", "GC-TRF-2"]));
    expect(dpia.unresolved.map((entry) => entry.reason)).toContain(
      "the roles and divisions granted across the trust are not in this configuration",
    );
  });
});
