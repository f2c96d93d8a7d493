import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { resourceSchema } from "../../src/inventory/provider-schema";
import { readPlanJson } from "../../src/inventory/read-plan";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import { FIXED_NOW } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

// The new personal-data types in the three forms the gate reads. Nested blocks are written as
// HCL blocks, as CDKTF's single objects and as the plan's arrays; references as references.
const HCL = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}
resource "genesyscloud_conversations_messaging_supportedcontent" "any" {
  name = "Any"
  media_types {
    allow {
      inbound {
        type = "*/*"
      }
    }
  }
}
resource "genesyscloud_conversations_messaging_integrations_open" "hook" {
  name                                                 = "Hook"
  outbound_notification_webhook_url                    = "http://collector.evil.example/hook"
  outbound_notification_webhook_signature_secret_token = "literal-signature-secret-123"
  supported_content_id                                 = genesyscloud_conversations_messaging_supportedcontent.any.id
}
resource "genesyscloud_routing_email_route" "support" {
  domain_id = "shop.example.eu"
  pattern   = "support"
  from_name = "Support"
  auto_bcc {
    email = "archive@collector.example.com"
  }
}
resource "genesyscloud_outbound_dnclist" "dnc" {
  name            = "DNC"
  dnc_source_type = "rds"
  contact_method  = "Phone"
  entries {
    phone_numbers = ["+353861234567"]
  }
}
resource "genesyscloud_idp_okta" "sso" {
  issuer_uri   = "http://www.okta.com/exk1"
  target_uri   = "https://acme.okta.com/app/sso/saml"
  certificates = []
}
`;

type Body = Record<string, unknown>;
const RESOURCES: Record<string, Record<string, Body>> = {
  genesyscloud_conversations_messaging_supportedcontent: {
    any: { name: "Any", media_types: { allow: { inbound: [{ type: "*/*" }] } } },
  },
  genesyscloud_conversations_messaging_integrations_open: {
    hook: {
      name: "Hook",
      outbound_notification_webhook_url: "http://collector.evil.example/hook",
      outbound_notification_webhook_signature_secret_token: "literal-signature-secret-123",
      supported_content_id: "${genesyscloud_conversations_messaging_supportedcontent.any.id}",
    },
  },
  genesyscloud_routing_email_route: {
    support: {
      domain_id: "shop.example.eu",
      pattern: "support",
      from_name: "Support",
      auto_bcc: { email: "archive@collector.example.com" },
    },
  },
  genesyscloud_outbound_dnclist: {
    dnc: {
      name: "DNC",
      dnc_source_type: "rds",
      contact_method: "Phone",
      entries: { phone_numbers: ["+353861234567"] },
    },
  },
  genesyscloud_idp_okta: {
    sso: { issuer_uri: "http://www.okta.com/exk1", target_uri: "https://acme.okta.com/app/sso/saml", certificates: [] },
  },
};

const REFERENCE = /^\$\{([a-z0-9_]+\.[a-z0-9_]+)\.id\}$/;
const isBlock = (value: unknown): value is Body => !!value && typeof value === "object" && !Array.isArray(value);
const isBlockList = (value: unknown): value is Body[] =>
  Array.isArray(value) && value.length > 0 && value.every(isBlock);

/** What `terraform show -json` writes for the body: configured expressions and planned values, blocks as arrays. */
function expressions(body: Body): Body {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (isBlock(value)) return [key, [expressions(value)]];
      if (isBlockList(value)) return [key, value.map(expressions)];
      const reference = typeof value === "string" ? REFERENCE.exec(value) : null;
      return [key, reference ? { references: [`${reference[1]}.id`, reference[1]] } : { constant_value: value }];
    }),
  );
}
const isReference = (value: unknown) => typeof value === "string" && REFERENCE.test(value);
/** Planned values: a reference to an id known only after apply is left out (after_unknown marks it). */
function planned(body: Body): Body {
  return Object.fromEntries(
    Object.entries(body)
      .filter(([, value]) => !isReference(value))
      .map(([key, value]) => [
        key,
        isBlock(value) ? [planned(value)] : isBlockList(value) ? value.map(planned) : value,
      ]),
  );
}
/** after_unknown: true where planned() left a reference out, in the same shape. */
function unknowns(body: Body): Body {
  return Object.fromEntries(
    Object.entries(body).flatMap(([key, value]): Array<[string, unknown]> => {
      if (isBlock(value)) return [[key, [unknowns(value)]]];
      if (isBlockList(value)) return [[key, value.map(unknowns)]];
      return isReference(value) ? [[key, true]] : [];
    }),
  );
}
function planJson() {
  const entries = Object.entries(RESOURCES).flatMap(([type, byName]) =>
    Object.entries(byName).map(([name, body]) => ({ type, name, body, address: `${type}.${name}` })),
  );
  return {
    format_version: "1.2",
    terraform_version: "1.9.8",
    planned_values: {
      root_module: {
        resources: entries.map((e) => ({
          address: e.address,
          mode: "managed",
          type: e.type,
          name: e.name,
          provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
          schema_version: 0,
          values: planned(e.body),
          sensitive_values: {},
        })),
      },
    },
    resource_changes: entries.map((e) => ({
      address: e.address,
      mode: "managed",
      type: e.type,
      name: e.name,
      provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
      change: {
        actions: ["create"],
        before: null,
        after: planned(e.body),
        after_unknown: unknowns(e.body),
        before_sensitive: false,
        after_sensitive: {},
      },
    })),
    configuration: {
      provider_config: {
        genesyscloud: {
          name: "genesyscloud",
          full_name: "registry.terraform.io/mypurecloud/genesyscloud",
          expressions: { aws_region: { constant_value: "eu-west-1" } },
        },
      },
      root_module: {
        resources: entries.map((e) => ({
          address: e.address,
          mode: "managed",
          type: e.type,
          name: e.name,
          provider_config_key: "genesyscloud",
          expressions: expressions(e.body),
          schema_version: 0,
        })),
      },
    },
  };
}

// Fingerprints agree once the provider schema knows these types' blocks (normalisation reads it);
// until then CDKTF's single-object blocks and the plan's arrays hash differently.
const SCHEMA_KNOWS_TYPES = Object.keys(RESOURCES).every((type) => resourceSchema(type) !== undefined);

const summary = (dpias: Dpia[]) =>
  dpias.map((dpia) => ({
    id: dpia.dpia_id,
    ...(SCHEMA_KNOWS_TYPES ? { fingerprint: dpia.fingerprint } : {}),
    status: dpia.compliance_status,
    risk: dpia.risk_assessment.overall_risk_score,
    findings: dpia.findings.map((f) => `${f.rule_id} ${f.resource} ${f.attribute ?? ""}`),
  }));

describe("the new personal-data types read the same from HCL, Terraform JSON and a plan", () => {
  test("same DPIAs, statuses, findings (and fingerprints, where the schema knows the types) in all three forms", async () => {
    const dir = tempDir("pd-types-hcl-");
    fs.writeFileSync(path.join(dir, "main.tf"), HCL);
    const policy = applyPolicy(undefined);
    const fromHcl = assessInventory(await readHclFolder(dir), { policy, now: FIXED_NOW }).dpias;
    const fromJson = assessInventory(
      readTerraformJson(
        { provider: { genesyscloud: [{ aws_region: "eu-west-1" }] }, resource: RESOURCES },
        { scope: "test", origin: "test" },
      ),
      { policy, now: FIXED_NOW },
    ).dpias;
    const fromPlan = assessInventory(readPlanJson(planJson(), "plan.json"), { policy, now: FIXED_NOW }).dpias;
    expect(summary(fromJson)).toEqual(summary(fromHcl));
    expect(summary(fromPlan)).toEqual(summary(fromHcl));
    const rules = new Set(fromHcl.flatMap((dpia) => dpia.findings.map((finding) => finding.rule_id)));
    expect([...rules]).toEqual(
      expect.arrayContaining(["GC-FLW-3", "GC-MSG-1", "GC-MSG-2", "GC-EML-1", "GC-OUT-1", "GC-IDP-1", "GC-IDP-2"]),
    );
  });
});
