import { describe, expect, test } from "vitest";
import { findingsAfterEdit, findingsOf, shown, terraformJson } from "../../helpers/assess-config";

describe("GC-FLOW-2 FlowLogsExcludeConversationData: flow execution logs do not hold conversation data", () => {
  const logLevel = (level: string) =>
    terraformJson({
      genesyscloud_flow_loglevel: {
        support: { flow_id: "11111111-2222-3333-4444-555555555555", flow_log_level: level },
      },
    });
  test("Noncompliance: All", () => {
    const findings = findingsOf(logLevel("All"), "GC-FLOW-2");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("every flow variable");
  });
  test("Noncompliance: a level from a variable is assessed as All", () => {
    expect(findingsOf(logLevel("${var.level}"), "GC-FLOW-2")[0]!.message).toContain("assessed as All");
  });
  test("Compliance: Base", () => {
    expect(findingsOf(logLevel("Base"), "GC-FLOW-2")).toEqual([]);
  });
});

describe("GC-FLOW-2 FlowLogsExcludeConversationData: every level", () => {
  const logLevel = (level?: string) =>
    terraformJson({
      genesyscloud_flow_loglevel: {
        support: {
          flow_id: "11111111-2222-3333-4444-555555555555",
          ...(level === undefined ? {} : { flow_log_level: level }),
        },
      },
    });
  test("Noncompliance: All names the level; an unknown or unresolved level is assessed as All", () => {
    expect(shown(logLevel("All"), "GC-FLOW-2")).toEqual([
      [
        "flow_log_level",
        "flow_log_level All writes the value of every flow variable, with the callers' data, to the execution log",
      ],
    ]);
    expect(shown(logLevel("Verbose"), "GC-FLOW-2")).toEqual([
      [
        "flow_log_level",
        "flow_log_level Verbose is not a level the gate knows or is not resolved; it is assessed as All",
      ],
    ]);
    // Terraform refuses a missing flow_log_level (the readers exit 2); the rule still reads it as All.
    expect(() => shown(logLevel(), "GC-FLOW-2")).toThrow('the required argument "flow_log_level"');
    const withoutLevel = findingsAfterEdit(
      logLevel("Base"),
      "GC-FLOW-2",
      "genesyscloud_flow_loglevel.support",
      (attributes) => delete attributes.flow_log_level,
    );
    expect(withoutLevel.map((finding) => [finding.attribute, finding.message])).toEqual([
      [
        "flow_log_level",
        "flow_log_level (missing) is not a level the gate knows or is not resolved; it is assessed as All",
      ],
    ]);
  });
  test("Compliance: Notes and Base", () => {
    expect(findingsOf(logLevel("Notes"), "GC-FLOW-2")).toEqual([]);
    expect(findingsOf(logLevel("Base"), "GC-FLOW-2")).toEqual([]);
  });
});
