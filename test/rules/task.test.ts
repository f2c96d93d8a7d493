import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";

const schema = (properties: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_task_management_workitem_schema: {
      claims: { name: "Claims", enabled: true, properties: JSON.stringify(properties) },
    },
    genesyscloud_task_management_worktype: {
      claim: {
        name: "Claim",
        default_workbin_id: "w",
        schema_id: ref("genesyscloud_task_management_workitem_schema.claims"),
      },
    },
  });
const text = (title: string) => ({ allOf: [{ $ref: "#/definitions/text" }], title });

describe("GC-TSK-2 WorkitemSchemaAvoidsSensitiveFields: work item schemas declare no card or special-category fields", () => {
  test("Noncompliance: a card number and a diagnosis field", () => {
    const findings = findingsOf(
      schema({ card_number_text: text("Card number"), diagnosis_text: text("Diagnosis") }),
      "GC-TSK-2",
    );
    expect(findings.map((finding) => finding.message).join(" ")).toContain("payment card number");
    expect(findings.length).toBeGreaterThanOrEqual(2);
  });
  test("Compliance: customer name and email only; the worktype joins the schema's DPIA, which lists them", () => {
    const config = schema({ customer_name_text: text("Customer name"), customer_email_text: text("Email") });
    expect(findingsOf(config, "GC-TSK-2")).toEqual([]);
    const dpia = dpiaFor(config, "genesyscloud_task_management_worktype.claim");
    expect(dpia.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_task_management_workitem_schema.claims",
      "genesyscloud_task_management_worktype.claim",
    ]);
    expect(dpia.data_elements.map((element) => element.id)).toContain("contact_pii");
  });
});

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
