import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, shown, terraformJson } from "../../helpers/assess-config";

const rows = (...bodies: Array<Record<string, unknown>>) =>
  terraformJson({
    genesyscloud_architect_datatable: { vip: { name: "VIP customers", properties: [{ name: "key", type: "string" }] } },
    genesyscloud_architect_datatable_row: Object.fromEntries(
      bodies.map((body, index) => [
        `row${index}`,
        { datatable_id: ref("genesyscloud_architect_datatable.vip"), ...body },
      ]),
    ),
  });

describe("GC-DTR-1 DataTableRowsHoldNoPersonalData: data-table rows in code hold no personal data", () => {
  test("Noncompliance: a row keyed by an email address", () => {
    const findings = findingsOf(
      rows({ key_value: "jane.doe@example.com", properties_json: JSON.stringify({ tier: "gold" }) }),
      "GC-DTR-1",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.attribute).toBe("key_value");
    expect(JSON.stringify(findings)).not.toContain("jane.doe@example.com");
  });
  test("Noncompliance: properties naming a customer and a phone number", () => {
    const findings = findingsOf(
      rows({
        key_value: "c-1",
        properties_json: JSON.stringify({ customerName: "Jane Doe", mobile: "+44 7700 900123" }),
      }),
      "GC-DTR-1",
    );
    expect(findings[0]!.message).toContain("customer contact details");
  });
  test("Compliance: a row of configuration values", () => {
    expect(
      findingsOf(
        rows({
          key_value: "support",
          properties_json: JSON.stringify({ queue: "Support", open: "08:00", close: "18:00" }),
        }),
        "GC-DTR-1",
      ),
    ).toEqual([]);
  });
  test("the rows of one table share one DPIA that blocks on card numbers kept in code", () => {
    const config = rows(
      { key_value: "a", properties_json: JSON.stringify({ email: "a@example.com" }) },
      { key_value: "b", properties_json: JSON.stringify({ card: "4111 1111 1111 1111" }) },
    );
    const result = assess(config);
    expect(result.dpias).toHaveLength(1);
    const dpia = dpiaFor(config, "genesyscloud_architect_datatable_row.row1");
    expect(dpia.integration_name).toBe("Rows of data table genesyscloud_architect_datatable.vip");
    expect(dpia.data_elements.map((element) => element.id)).toEqual(
      expect.arrayContaining(["contact_pii", "payment_card_pan"]),
    );
    expect(JSON.stringify(dpia)).not.toContain("4111 1111 1111 1111");
  });
});

describe("GC-DTR-1 DataTableRowsHoldNoPersonalData: where the finding points and what it names", () => {
  const rows = (body: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_architect_datatable: {
        vip: { name: "VIP customers", properties: [{ name: "key", type: "string" }] },
      },
      genesyscloud_architect_datatable_row: {
        r: { datatable_id: ref("genesyscloud_architect_datatable.vip"), ...body },
      },
    });
  test("a data-table row names the key or the properties it found the data in, never the value", () => {
    expect(
      shown(rows({ key_value: "jane.doe@example.com", properties_json: JSON.stringify({ tier: "gold" }) }), "GC-DTR-1"),
    ).toEqual([["key_value", "the row holds customer contact details (key_value)"]]);
    const [finding] = shown(
      rows({
        key_value: "c-1",
        properties_json: JSON.stringify({ customerName: "Jane Doe", mobile: "+44 7700 900123" }),
      }),
      "GC-DTR-1",
    );
    expect(finding![0]).toBe("properties_json");
    expect(finding![1]).toMatch(
      /^the row holds customer contact details \(properties_json\.\w+, properties_json\.\w+\)$/,
    );
    expect(finding![1]).not.toContain("Jane Doe");
  });
});
