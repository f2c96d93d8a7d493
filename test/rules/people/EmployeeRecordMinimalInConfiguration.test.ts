import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, terraformJson } from "../../helpers/assess-config";
import { user } from "../../helpers/rules/people";

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
