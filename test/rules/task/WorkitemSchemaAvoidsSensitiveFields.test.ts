import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, shown, terraformJson } from "../../helpers/assess-config";

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
    expect(findings.flatMap((finding) => finding.message.split("; ")).length).toBeGreaterThanOrEqual(2);
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

describe("GC-TSK-2 WorkitemSchemaAvoidsSensitiveFields: where the finding points and what it names", () => {
  test("a work-item schema names each card or special-category field with the element it is", () => {
    const text = (title: string) => ({ allOf: [{ $ref: "#/definitions/text" }], title });
    const config = terraformJson({
      genesyscloud_task_management_workitem_schema: {
        claims: {
          name: "Claims",
          enabled: true,
          properties: JSON.stringify({ diagnosis_text: text("Diagnosis"), email_text: text("Email") }),
        },
      },
    });
    expect(shown(config, "GC-TSK-2")).toEqual([
      [
        "properties",
        "the schema declares health data (properties.diagnosis_text (Diagnosis), properties.diagnosis_text (diagnosis_text))",
      ],
    ]);
  });
});
