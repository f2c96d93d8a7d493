import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson } from "../helpers/assess-config";

const EXPORT = "genesyscloud_tf_export.org";
const tfExport = (body: Record<string, unknown>) =>
  terraformJson({ genesyscloud_tf_export: { org: { directory: "./export", ...body } } });

describe("GC-EXP-1 ExportLeavesStateOut: an export writes no state file", () => {
  test("Noncompliance: include_state_file = true", () => {
    expect(
      findingsOf(
        tfExport({ include_state_file: true, include_filter_resources: ["genesyscloud_routing_queue"] }),
        "GC-EXP-1",
      )[0]!.attribute,
    ).toBe("include_state_file");
  });
  test("Noncompliance: include_state_file set by a variable", () => {
    expect(findingsOf(tfExport({ include_state_file: "${var.with_state}" }), "GC-EXP-1")[0]!.message).toContain(
      "not resolved",
    );
  });
  test("Compliance: no state file", () => {
    expect(findingsOf(tfExport({ include_state_file: false }), "GC-EXP-1")).toEqual([]);
  });
});

describe("GC-EXP-2 ExportFiltersResources: an export names what it writes", () => {
  test("Noncompliance: a whole-org export, and a business-continuity export without filters", () => {
    const config = terraformJson({
      genesyscloud_tf_export: { org: { directory: "./all" } },
      genesyscloud_bcp_tf_exporter: { bcp: { directory: "./bcp", filename: "org.json" } },
    });
    expect(
      findingsOf(config, "GC-EXP-2")
        .map((finding) => finding.resource)
        .sort(),
    ).toEqual(["genesyscloud_bcp_tf_exporter.bcp", "genesyscloud_tf_export.org"]);
  });
  test("Noncompliance: a pattern in the type part, or filters set by a variable, may match the whole org", () => {
    for (const filters of [[".*"], ["genesyscloud_.*"], ["genesyscloud_routing_queue", "${var.more}"]]) {
      expect(findingsOf(tfExport({ include_filter_resources: filters }), "GC-EXP-2"), filters.join()).toHaveLength(1);
    }
  });
  test("Compliance: only queues and skills", () => {
    expect(
      findingsOf(
        tfExport({
          include_filter_resources: ["genesyscloud_routing_queue::-(dev|test)$", "genesyscloud_routing_skill"],
        }),
        "GC-EXP-2",
      ),
    ).toEqual([]);
  });
});

describe("org exports are assessed", () => {
  test("a whole-org export with its state file is a bulk copy of people's data to files, and blocks", () => {
    const dpia = dpiaFor(tfExport({ include_state_file: true }), EXPORT);
    expect(dpia.data_flows[0]!.destination).toBe("Files in ./export on the machine running Terraform");
    expect(dpia.data_flows[0]!.data_elements).toEqual(["contact_pii", "employee_pii"]);
    expect(dpia.data_flows[0]!.scale!.population).toBe("org_wide");
    expect(dpia.risk_assessment.overall_risk_score).toBe("Critical");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("narrowed to named resources, the same export warns instead of blocking", () => {
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
