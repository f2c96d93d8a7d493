import { describe, expect, test } from "vitest";
import { dpiaFor } from "../../helpers/assess-config";
import { tfExport } from "../../helpers/rules/export";

const EXPORT = "genesyscloud_tf_export.org";

describe("org exports are assessed", () => {
  test("a whole-org export with its state file is a bulk copy of people's data to files: High, a warning, since no finding is Critical", () => {
    const dpia = dpiaFor(tfExport({ include_state_file: true }), EXPORT);
    expect(dpia.data_flows[0]!.destination).toBe("Files in ./export on the machine running Terraform");
    expect(dpia.data_flows[0]!.data_elements).toEqual(["contact_pii", "employee_pii"]);
    expect(dpia.data_flows[0]!.scale!.population).toBe("org_wide");
    expect(dpia.risk_assessment.likelihood).toBe("Critical");
    expect(dpia.risk_assessment.impact).toBe("High");
    expect(dpia.risk_assessment.overall_risk_score).toBe("High");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
  test("narrowed to named resources, the same export warns too", () => {
    const dpia = dpiaFor(
      tfExport({ include_state_file: true, include_filter_resources: ["genesyscloud_routing_queue"] }),
      EXPORT,
    );
    expect(dpia.risk_assessment.overall_risk_score).toBe("High");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
  test("a filtered export without state still says it reaches people's data, since filters are patterns over the org", () => {
    const dpia = dpiaFor(tfExport({ include_filter_resources: ["genesyscloud_routing_queue"] }), EXPORT);
    expect(dpia.findings).toEqual([]);
    expect(dpia.data_flows[0]!.data_elements).toEqual(["contact_pii", "employee_pii"]);
    expect(dpia.data_flows[0]!.scale!.population).toBe("subset");
  });
});
