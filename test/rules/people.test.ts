import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";

const role = (domain: string, entity: string, actions: string[]) => ({
  name: "Role",
  permission_policies: [{ domain, entity_name: entity, action_set: actions }],
});
const userRoles = (divisionIds?: unknown, roleBody = role("recording", "recording", ["view"])) =>
  terraformJson({
    genesyscloud_user: { agent: { name: "Agent One", email: "agent.one@example.com" } },
    genesyscloud_auth_role: { reader: roleBody },
    genesyscloud_user_roles: {
      agent: {
        user_id: ref("genesyscloud_user.agent"),
        roles: [
          {
            role_id: ref("genesyscloud_auth_role.reader"),
            ...(divisionIds !== undefined ? { division_ids: divisionIds } : {}),
          },
        ],
      },
    },
  });
const groupRoles = (divisionIds: unknown, roleBody = role("conversation", "*", ["*"])) =>
  terraformJson({
    genesyscloud_auth_role: { reader: roleBody },
    genesyscloud_group_roles: {
      supervisors: {
        group_id: "00000000-0000-0000-0000-000000000001",
        roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_ids: divisionIds }],
      },
    },
  });

describe("GC-PPL-1 PeopleRolesAvoidCustomerData: roles given to people that reach customer data are listed", () => {
  test("Noncompliance: a user given recording:recording:view", () => {
    const findings = findingsOf(userRoles(), "GC-PPL-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("recording:recording:view");
    expect(findings[0]!.resource).toBe("genesyscloud_user_roles.agent");
  });
  test("Noncompliance: a group given every conversation permission", () => {
    expect(findingsOf(groupRoles(["${genesyscloud_auth_division.eu.id}"]), "GC-PPL-1").length).toBeGreaterThan(3);
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

const user = (body: Record<string, unknown>, provider: Record<string, unknown> = { aws_region: "eu-west-1" }) =>
  terraformJson(
    { genesyscloud_user: { jane: { name: "Jane Doe", email: "jane.doe@example.com", ...body } } },
    provider,
  );

describe("GC-PPL-3 UserPasswordNotInConfiguration: a user's password is not written into code", () => {
  test("Noncompliance: a literal password", () => {
    const findings = findingsOf(user({ password: "Welcome-2024!" }), "GC-PPL-3");
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain("Welcome-2024!");
  });
  test("Noncompliance: a literal password under sdk_debug = true is also reported as logged, next to GC-PRV-1", () => {
    const dpia = dpiaFor(
      user({ password: "Welcome-2024!" }, { aws_region: "eu-west-1", sdk_debug: true }),
      "genesyscloud_user.jane",
    );
    expect(dpia.findings.find((finding) => finding.rule_id === "GC-PPL-3")!.message).toContain("debug log");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-PRV-1");
  });
  test("Compliance: no password, or one from a variable", () => {
    expect(findingsOf(user({}), "GC-PPL-3")).toEqual([]);
    expect(findingsOf(user({ password: "${var.initial_password}" }), "GC-PPL-3")).toEqual([]);
  });
});

describe("GC-PPL-4 EmployeeRecordMinimalInConfiguration: a user in code holds only what the account needs", () => {
  test("Noncompliance: phone numbers and employer information", () => {
    const findings = findingsOf(
      user({
        addresses: [{ phone_numbers: [{ number: "+442071234567", type: "MOBILE" }] }],
        employer_info: [{ employee_id: "E-1234", date_hire: "2020-01-01" }],
      }),
      "GC-PPL-4",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("addresses[0].phone_numbers[0].number");
    expect(findings[0]!.message).not.toContain("+442071234567");
  });
  test("Compliance: name and email only; the DPIA still lists the employee data kept in code", () => {
    expect(findingsOf(user({ title: "Agent" }), "GC-PPL-4")).toEqual([]);
    const dpia = dpiaFor(user({}), "genesyscloud_user.jane");
    expect(dpia.data_elements.map((element) => element.id)).toEqual(["employee_pii"]);
    expect(dpia.integration_name).toBe("Employee record jane");
    expect(JSON.stringify(dpia)).not.toContain("Jane Doe");
    expect(JSON.stringify(dpia)).not.toContain("jane.doe@example.com");
  });
  test("every user gets a DPIA", () => {
    const config = terraformJson({
      genesyscloud_user: { a: { name: "A", email: "a@example.com" }, b: { name: "B", email: "b@example.com" } },
    });
    expect(assess(config).dpias.map((dpia) => dpia.subject.address)).toEqual([
      "genesyscloud_user.a",
      "genesyscloud_user.b",
    ]);
  });
});

describe("people's roles that cannot be read are not read as no roles", () => {
  test("roles given as an expression instead of blocks are refused as Terraform refuses them, never read as no roles", () => {
    const config = terraformJson({ genesyscloud_user_roles: { agent: { user_id: "abc", roles: "${var.roles}" } } });
    expect(() => findingsOf(config, "GC-PPL-2")).toThrow(
      /genesyscloud_user_roles\.agent\.roles: a roles block \(an object\), got a string/,
    );
  });
});
