import { describe, expect, test } from "vitest";
import { findingsAfterEdit, assess, dpiaFor, findingsOf, ref, shown, terraformJson } from "../../helpers/assess-config";
import { LIST, list } from "../../helpers/rules/outbound";

describe("GC-OUT-1 ContactRecordsNotInConfiguration: contacts and do-not-call numbers stay out of the code", () => {
  test("Noncompliance: a contact with a name and a phone number, never printed", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list: list(),
      genesyscloud_outbound_contact_list_contact: {
        jane: { contact_list_id: ref(LIST), data: { "First Name": "Jane", Phone: "+353861234567" } },
      },
    });
    const findings = findingsOf(config, "GC-OUT-1");
    expect(findings.map((finding) => finding.resource)).toEqual(["genesyscloud_outbound_contact_list_contact.jane"]);
    expect(JSON.stringify(assess(config).dpias)).not.toMatch(/Jane|861234567/);
  });
  test("Noncompliance: a contact whose data comes from a variable still lands in state", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list_contact: { c: { contact_list_id: "0c5d-literal-id", data: "${var.contact}" } },
    });
    expect(findingsOf(config, "GC-OUT-1")).toHaveLength(1);
  });
  test("Noncompliance: a contacts CSV imported from the repository", () => {
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_outbound_contact_list: list({ contacts_filepath: "./contacts.csv", contacts_id_name: "id" }),
        }),
        "GC-OUT-1",
      )[0]!.attribute,
    ).toBe("contacts_filepath");
  });
  test("Noncompliance: do-not-call numbers written into a DNC list", () => {
    const config = terraformJson({
      genesyscloud_outbound_dnclist: {
        dnc: {
          name: "DNC",
          dnc_source_type: "rds",
          contact_method: "Phone",
          entries: [{ phone_numbers: ["+353861234567", "+353861234568"] }],
        },
      },
    });
    expect(findingsOf(config, "GC-OUT-1")[0]!.message).toBe(
      "2 do-not-call phone numbers are written into the configuration",
    );
  });
  test("Compliance: a contact list with its columns only, and an empty internal DNC list", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list: list(),
      genesyscloud_outbound_dnclist: { dnc: { name: "DNC", dnc_source_type: "rds", contact_method: "Phone" } },
    });
    expect(findingsOf(config, "GC-OUT-1")).toEqual([]);
    expect(dpiaFor(config, LIST).compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
});

describe("GC-OUT-1 ContactRecordsNotInConfiguration: what the finding counts", () => {
  const contact = (data: unknown) =>
    terraformJson({ genesyscloud_outbound_contact_list_contact: { c: { contact_list_id: "0c5d-literal-id", data } } });
  test("Noncompliance: the record's columns are counted, one and several", () => {
    expect(shown(contact({ Phone: "+353861234567" }), "GC-OUT-1")).toEqual([
      ["data", "an outbound contact record with 1 column is written into the configuration"],
    ]);
    expect(shown(contact({ "First Name": "Jane", Phone: "+353861234567", City: "Cork" }), "GC-OUT-1")).toEqual([
      ["data", "an outbound contact record with 3 columns is written into the configuration"],
    ]);
  });
  test("Noncompliance: data that is not an object of columns is still a record set from the configuration", () => {
    // A list Terraform refuses with provider 1.84.1 (the readers exit 2); the rule still reads it.
    for (const data of ["${var.contact}", ["Jane"], {}]) {
      const findings = findingsAfterEdit(
        contact({ Phone: "+353861234567" }),
        "GC-OUT-1",
        "genesyscloud_outbound_contact_list_contact.c",
        (attributes) => (attributes.data = data),
      );
      expect(
        findings.map((finding) => [finding.attribute, finding.message]),
        JSON.stringify(data),
      ).toEqual([["data", "an outbound contact record is set from the configuration"]]);
    }
  });
  test("Noncompliance: one do-not-call number, and a contacts file", () => {
    const dnc = terraformJson({
      genesyscloud_outbound_dnclist: {
        dnc: {
          name: "DNC",
          dnc_source_type: "rds",
          contact_method: "Phone",
          entries: [{ phone_numbers: ["+353861234567"] }],
        },
      },
    });
    expect(shown(dnc, "GC-OUT-1")).toEqual([
      ["entries", "1 do-not-call phone number is written into the configuration"],
    ]);
    const list = terraformJson({
      genesyscloud_outbound_contact_list: {
        l: { name: "Leads", column_names: ["Phone"], contacts_filepath: "./c.csv", contacts_id_name: "id" },
      },
    });
    expect(shown(list, "GC-OUT-1")).toEqual([
      ["contacts_filepath", "contacts are imported from a file kept with the infrastructure code"],
    ]);
  });
  test("Compliance: a do-not-call list whose entries name no number", () => {
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_outbound_dnclist: {
            dnc: {
              name: "DNC",
              dnc_source_type: "rds",
              contact_method: "Phone",
              entries: [{ expiration_date: "2027-01-01" }],
            },
          },
        }),
        "GC-OUT-1",
      ),
    ).toEqual([]);
  });
});
