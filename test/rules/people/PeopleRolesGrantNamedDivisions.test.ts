import { describe, expect, test } from "vitest";
import { findingsOf } from "../../helpers/assess-config";
import { groupRoles, role, userRoles } from "../../helpers/rules/people";

describe("GC-PPL-2 PeopleRolesGrantNamedDivisions: personal-data roles are not given to people in all divisions", () => {
  test('Noncompliance: division_ids = ["*"] for a user', () => {
    const findings = findingsOf(userRoles(["*"]), "GC-PPL-2");
    expect(findings.map((finding) => [finding.attribute, finding.message])).toEqual([
      ["roles[0].division_ids", 'role genesyscloud_auth_role.reader is granted in all divisions (division_ids = "*")'],
    ]);
  });
  test('Noncompliance: a named division next to "*" still reaches all of them', () => {
    expect(findingsOf(groupRoles(["${genesyscloud_auth_division.eu.id}", "*"]), "GC-PPL-2")).toHaveLength(1);
  });
  test("Noncompliance: divisions from a variable", () => {
    expect(findingsOf(groupRoles("${var.divisions}"), "GC-PPL-2")[0]!.message).toContain("not resolved");
  });
  test("Compliance: named divisions, or the home division", () => {
    expect(findingsOf(userRoles(["${genesyscloud_auth_division.eu.id}"]), "GC-PPL-2")).toEqual([]);
    expect(findingsOf(userRoles(), "GC-PPL-2")).toEqual([]);
  });
  test("Compliance: all divisions for a role without personal data", () => {
    expect(findingsOf(userRoles(["*"], role("architect", "flow", ["view"])), "GC-PPL-2")).toEqual([]);
  });
});
