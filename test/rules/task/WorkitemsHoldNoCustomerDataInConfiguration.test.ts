import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, terraformJson } from "../../helpers/assess-config";

const workitem = (body: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_task_management_workitem: { callback: { name: "Callback", worktype_id: "t", ...body } },
  });

describe("GC-TSK-1 WorkitemsHoldNoCustomerDataInConfiguration: work items in code hold no customer data", () => {
  test("Noncompliance: custom fields with a customer's email and phone", () => {
    const findings = findingsOf(
      workitem({
        custom_fields: JSON.stringify({ customer_email_text: "jane@example.com", phone_text: "+44 7700 900123" }),
      }),
      "GC-TSK-1",
    );
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain("jane@example.com");
  });
  test("the DPIA never repeats a work item's description, which is customer data", () => {
    const dpia = dpiaFor(
      workitem({ description: "Jane Doe wants a refund for order 77" }),
      "genesyscloud_task_management_workitem.callback",
    );
    expect(JSON.stringify(dpia)).not.toContain("Jane Doe");
  });
  test("Noncompliance: a free-text description and an external contact", () => {
    expect(
      findingsOf(workitem({ description: "Customer wants a refund", external_contact_id: "c-123" }), "GC-TSK-1")[0]!
        .message,
    ).toContain("free text");
  });
  test("Compliance: a work item with only its name and type", () => {
    expect(findingsOf(workitem({}), "GC-TSK-1")).toEqual([]);
    expect(assess(workitem({})).dpias).toHaveLength(1);
  });
});
