import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";
import { tfExport } from "../../helpers/rules/export";

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
