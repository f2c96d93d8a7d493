import { assessInventory } from "../../src/dpia/assess-inventory";
import { hostsNamedIn } from "../../src/flows/hosts-in-inventory";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { resolveVendorKnowledgeSync } from "../../src/vendors/sources/resolve-sync";
import type { VendorRecord } from "../../src/vendors/schema";
import { FIXED_NOW, ref, terraformJson } from "./assess-config";

type Capability = VendorRecord["vendor_data_capability"];

/** A vendor record that matches everything the checks ask for; tests spoil one field at a time. */
export function vendorRecord(capability: Partial<Capability> = {}, record: Partial<VendorRecord> = {}): VendorRecord {
  return {
    fides_key: "example_marketing",
    name: "Example Marketing GmbH",
    responsibility: ["Processor"],
    privacy_declarations: [],
    ...record,
    vendor_data_capability: {
      version: 1,
      hosts: ["api.marketing.example.eu"],
      retention: { live: "P60D" },
      deletion: { mode: "hard", api: true },
      dpa: { status: "signed", date: "2025-11-01" },
      sub_processors: [{ name: "Example Cloud SE", country: "DE", transfer_mechanism: "none" }],
      certifications: [],
      as_of: "2025-12-01",
      ...capability,
    },
  };
}

/** Recordings kept `retentionDays` in Genesys, and a data action posting recording links to the vendor's host. */
export function recordingShareConfig(retentionDays = 90, url = "https://api.marketing.example.eu/v1/insights") {
  return terraformJson({
    genesyscloud_recording_media_retention_policy: {
      calls: {
        name: "Calls",
        enabled: true,
        media_policies: [
          {
            call_policy: [
              {
                actions: [
                  { retain_recording: true, retention_duration: [{ delete_retention: [{ days: retentionDays }] }] },
                ],
              },
            ],
          },
        ],
      },
    },
    genesyscloud_integration: {
      marketing: { integration_type: "custom-rest-actions", config: [{ name: "Marketing" }] },
    },
    genesyscloud_integration_action: {
      share: {
        name: "Share recording",
        category: "Marketing",
        integration_id: ref("genesyscloud_integration.marketing"),
        secure: true,
        contract_input: JSON.stringify({
          type: "object",
          additionalProperties: false,
          properties: { recordingUrl: { type: "string" }, transcript: { type: "string" } },
        }),
        contract_output: JSON.stringify({ type: "object", properties: { accepted: { type: "boolean" } } }),
        config_request: [{ request_type: "POST", request_url_template: url }],
      },
    },
  });
}

const MARKETING_DESTINATION = {
  host: "api.marketing.example.eu",
  vendor: "Example Marketing GmbH",
  country: "DE",
  purposes: ["Campaign analytics"],
};

/** Assesses with the policy's vendor records resolved as the aspect does (records in process). */
function assessWithVendors(config: unknown, policy: Policy) {
  const effective = applyPolicy(policy);
  const inventory = readTerraformJson(config, { scope: "test", origin: "test" });
  const vendors = resolveVendorKnowledgeSync(effective.vendors, hostsNamedIn(inventory, effective.catalog), FIXED_NOW);
  return assessInventory(inventory, { policy: effective, now: FIXED_NOW, vendors });
}

export function vendorPolicy(vendors: Policy["vendors"]): Policy {
  return { version: 1, destinations: [MARKETING_DESTINATION], vendors };
}

export function integrationDpia(config: unknown, policy: Policy) {
  const dpia = assessWithVendors(config, policy).dpias.find(
    (candidate) => candidate.subject.address === "genesyscloud_integration.marketing",
  );
  if (!dpia) throw new Error("no DPIA for the marketing integration");
  return dpia;
}

export function idsOf(config: unknown, policy: Policy): string[] {
  return [...new Set(integrationDpia(config, policy).findings.map((finding) => finding.rule_id))].sort();
}
