import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { ALL_RULES } from "../../src/rules/registry";
import type { Rule } from "../../src/rules/rule";

export type ResourceBodies = Record<string, Record<string, Record<string, unknown>>>;

export const FIXED_NOW = new Date("2026-01-15T09:30:00Z");

/** A Terraform JSON document (the shape of cdk.tf.json) with an EU provider unless told otherwise. */
export function terraformJson(
  resources: ResourceBodies,
  provider: Record<string, unknown> | null = { aws_region: "eu-west-1" },
  data: ResourceBodies = {},
) {
  return {
    ...(provider ? { provider: { genesyscloud: [provider] } } : {}),
    resource: resources,
    ...(Object.keys(data).length > 0 ? { data } : {}),
  };
}

export function assess(config: unknown, policy?: Policy, rules?: readonly Rule[]) {
  const inventory = readTerraformJson(config, { scope: "test", origin: "test" });
  return assessInventory(inventory, { policy: applyPolicy(policy), now: FIXED_NOW, ...(rules ? { rules } : {}) });
}

export function dpiaFor(config: unknown, address: string, policy?: Policy): Dpia {
  const dpia = assess(config, policy).dpias.find((candidate) =>
    candidate.resources.some((resource) => resource.address === address),
  );
  if (!dpia) throw new Error(`no DPIA covers ${address}`);
  return dpia;
}

export function ruleIds(dpia: Dpia): string[] {
  return [...new Set(dpia.findings.map((finding) => finding.rule_id))].sort();
}

/**
 * Findings of one rule across all DPIAs of the configuration. A rule of the registry runs alone
 * (rules do not see each other's findings), so its tests exercise that rule only: mutation testing
 * then runs a rule's mutants against that rule's tests instead of every test of the engine. Ids the
 * rest of the engine emits (CLS-*, EXC-*) come from a run of every rule.
 */
/**
 * Findings of one rule when a resource's attributes are edited after reading: a shape Terraform
 * refuses (the readers exit 2 on it) that a rule still defends against, should one ever reach it.
 */
export function findingsAfterEdit(
  config: unknown,
  ruleId: string,
  address: string,
  edit: (attributes: Record<string, unknown>) => void,
) {
  const inventory = readTerraformJson(config, { scope: "test", origin: "test" });
  const resource = inventory.resources.find((candidate) => candidate.address === address);
  if (!resource) throw new Error(`no resource ${address}`);
  edit(resource.attributes);
  const rule = ALL_RULES.find((candidate) => candidate.id === ruleId);
  return assessInventory(inventory, {
    policy: applyPolicy(undefined),
    now: FIXED_NOW,
    ...(rule ? { rules: [rule] } : {}),
  })
    .dpias.flatMap((dpia) => dpia.findings)
    .filter((finding) => finding.rule_id === ruleId);
}

export function findingsOf(config: unknown, ruleId: string, policy?: Policy) {
  const rule = ALL_RULES.find((candidate) => candidate.id === ruleId);
  return assess(config, policy, rule ? [rule] : undefined)
    .dpias.flatMap((dpia) => dpia.findings)
    .filter((finding) => finding.rule_id === ruleId);
}

/** [attribute, message] of each finding of one rule, the two things the DPIA shows for it. */
export const shown = (config: unknown, ruleId: string) =>
  findingsOf(config, ruleId).map((finding) => [finding.attribute, finding.message]);

export const ref = (address: string) => `\${${address}.id}`;

/** A web-services integration with one action, the action's body overridable. */
export function webServiceAction(
  action: Record<string, unknown>,
  integration: Record<string, unknown> = {},
): ResourceBodies {
  return {
    genesyscloud_integration: {
      crm: { integration_type: "custom-rest-actions", config: { name: "CRM" }, ...integration },
    },
    genesyscloud_integration_action: {
      lookup: {
        name: "Lookup",
        category: "CRM",
        integration_id: ref("genesyscloud_integration.crm"),
        secure: true,
        contract_input: JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } }),
        contract_output: JSON.stringify({
          type: "object",
          properties: { firstName: { type: "string" }, email: { type: "string" } },
        }),
        config_request: {
          request_type: "GET",
          request_url_template: "https://crm.example.eu/customers?phone=$${input.phoneNumber}",
        },
        ...action,
      },
    },
  };
}

export function oauthClient(
  body: Record<string, unknown>,
  roles: Record<string, Record<string, unknown>> = {},
): ResourceBodies {
  return {
    genesyscloud_oauth_client: { app: { name: "App", authorized_grant_type: "CODE", ...body } },
    ...(Object.keys(roles).length > 0 ? { genesyscloud_auth_role: roles } : {}),
  };
}
