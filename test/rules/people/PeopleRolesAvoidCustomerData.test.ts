import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson } from "../../helpers/assess-config";
import { groupRoles, role, userRoles } from "../../helpers/rules/people";

describe("GC-PPL-1 PeopleRolesAvoidCustomerData: roles given to people that reach customer data are listed", () => {
  test("Noncompliance: a user given recording:recording:view", () => {
    const findings = findingsOf(userRoles(), "GC-PPL-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("recording:recording:view");
    expect(findings[0]!.resource).toBe("genesyscloud_user_roles.agent");
  });
  test("Noncompliance: a group given every conversation permission", () => {
    // One finding per role grant, naming every permission the wildcard reaches.
    const findings = findingsOf(groupRoles(["${genesyscloud_auth_division.eu.id}"]), "GC-PPL-1");
    expect(findings.flatMap((finding) => finding.message.split("; ")).length).toBeGreaterThan(3);
  });
  test("Compliance: routing configuration permissions only", () => {
    expect(findingsOf(userRoles(undefined, role("routing", "queue", ["view"])), "GC-PPL-1")).toEqual([]);
  });
  test("the roles' DPIA names what the people can read, and the role joins it", () => {
    const dpia = dpiaFor(userRoles(), "genesyscloud_user_roles.agent");
    // Named by the Terraform label, never by the person's name (personal data).
    expect(dpia.integration_name).toBe("Roles of user agent");
    expect(JSON.stringify(dpia)).not.toContain("Agent One");
    expect(dpia.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_user_roles.agent",
      "genesyscloud_auth_role.reader",
    ]);
    expect(dpia.data_elements.map((element) => element.id)).toContain("call_recording_audio");
  });
  test("a role defined outside the configuration is unknown data, not nothing", () => {
    const config = terraformJson({
      genesyscloud_user_roles: {
        agent: { user_id: "abc", roles: [{ role_id: "11111111-2222-3333-4444-555555555555" }] },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_user_roles.agent");
    expect(dpia.data_elements.map((element) => element.id)).toContain("unknown_data");
    expect(dpia.unresolved.map((entry) => entry.attribute)).toEqual(["roles[0].role_id"]);
  });
});
