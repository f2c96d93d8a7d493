// Generated, deterministic workloads for the benchmarks: the realistic mix the performance issue names
// (credentials, custom-rest integrations with two data actions each carrying JSON contracts, roles,
// client-credentials OAuth clients), as Terraform JSON, as a `terraform show -json` plan, and as .tf files.

/** One unit of the mix: six resources that reference each other as a real configuration does. */
const RESOURCES_PER_UNIT = 6;

export interface ResourceBlock {
  type: string;
  name: string;
  body: Record<string, unknown>;
}

const INPUT_CONTRACT = JSON.stringify({
  type: "object",
  properties: { phoneNumber: { type: "string" }, customerId: { type: "string" } },
  additionalProperties: false,
});
const OUTPUT_CONTRACT = JSON.stringify({
  type: "object",
  properties: {
    firstName: { type: "string" },
    lastName: { type: "string" },
    email: { type: "string" },
    segment: { type: "string" },
  },
  additionalProperties: false,
});

function unitBlocks(i: number): ResourceBlock[] {
  const crm = `crm_${i}`;
  return [
    {
      type: "genesyscloud_integration_credential",
      name: `cred_${i}`,
      body: {
        name: `CRM credential ${i}`,
        credential_type_name: "basicAuth",
        fields: { userName: "svc", password: "${var.crm_password}" },
      },
    },
    {
      type: "genesyscloud_integration",
      name: crm,
      body: {
        integration_type: "custom-rest-actions",
        intended_state: "ENABLED",
        config: [
          { name: `CRM ${i}`, credentials: { basicAuth: `\${genesyscloud_integration_credential.cred_${i}.id}` } },
        ],
      },
    },
    ...["lookup", "update"].map((verb) => ({
      type: "genesyscloud_integration_action",
      name: `${verb}_${i}`,
      body: {
        name: `${verb} customer ${i}`,
        category: `CRM ${i}`,
        integration_id: `\${genesyscloud_integration.${crm}.id}`,
        secure: true,
        contract_input: INPUT_CONTRACT,
        contract_output: OUTPUT_CONTRACT,
        config_request: [
          {
            request_type: verb === "lookup" ? "GET" : "PATCH",
            request_url_template: `https://api.crm.example.eu/v2/customers/$\${input.customerId}?unit=${i}`,
            headers: { Accept: "application/json" },
          },
        ],
        config_response: [{ translation_map: { firstName: "$.firstName" }, success_template: "${rawResult}" }],
      },
    })),
    {
      type: "genesyscloud_auth_role",
      name: `role_${i}`,
      body: {
        name: `Reporting role ${i}`,
        permission_policies: [{ domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"] }],
      },
    },
    {
      type: "genesyscloud_oauth_client",
      name: `client_${i}`,
      body: {
        name: `Reporting client ${i}`,
        authorized_grant_type: "CLIENT-CREDENTIALS",
        access_token_validity_seconds: 3600,
        roles: [{ role_id: `\${genesyscloud_auth_role.role_${i}.id}`, division_id: "home" }],
      },
    },
  ];
}

export function blocks(resources: number): ResourceBlock[] {
  const units = Math.max(1, Math.round(resources / RESOURCES_PER_UNIT));
  const all: ResourceBlock[] = [];
  for (let i = 0; i < units; i++) all.push(...unitBlocks(i));
  return all;
}

const PROVIDER = { genesyscloud: [{ aws_region: "eu-west-1" }] };

/** A `cdk.tf.json`-shaped Terraform JSON document. */
export function terraformJson(resources: number): Record<string, unknown> {
  const resource: Record<string, Record<string, unknown>> = {};
  for (const block of blocks(resources)) (resource[block.type] ??= {})[block.name] = block.body;
  return { provider: PROVIDER, variable: { crm_password: { type: "string", sensitive: true } }, resource };
}

/** A `terraform show -json` plan of the same configuration, with the shapes the plan reader expects. */
export function planJson(resources: number): Record<string, unknown> {
  const all = blocks(resources);
  const planned = all.map((block) => ({
    address: `${block.type}.${block.name}`,
    mode: "managed",
    type: block.type,
    name: block.name,
    provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
    schema_version: 0,
    values: resolvedValues(block.body),
    sensitive_values: {},
  }));
  const configured = all.map((block) => ({
    address: `${block.type}.${block.name}`,
    mode: "managed",
    type: block.type,
    name: block.name,
    provider_config_key: "genesyscloud",
    expressions: expressions(block.body),
    schema_version: 0,
  }));
  return {
    format_version: "1.2",
    terraform_version: "1.9.8",
    planned_values: { root_module: { resources: planned } },
    resource_changes: all.map((block) => ({
      address: `${block.type}.${block.name}`,
      mode: "managed",
      type: block.type,
      name: block.name,
      provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
      change: {
        actions: ["create"],
        before: null,
        after: resolvedValues(block.body),
        after_unknown: {},
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
      root_module: { resources: configured, variables: { crm_password: { sensitive: true } } },
    },
  };
}

function resolvedValues(body: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(body, (_key, value) =>
      typeof value === "string" && /^\$\{[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)?\}$/.test(value) ? null : value,
    ),
  ) as Record<string, unknown>;
}

/** Plan `configuration` expressions: references as `references`, everything else as constants. */
function expressions(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value) && value.every((item) => item && typeof item === "object"))
      out[key] = value.map((item) => expressions(item as Record<string, unknown>));
    else if (typeof value === "string" && /^\$\{([a-z_]+\.[a-z0-9_]+)(\.[a-z0-9_]+)?\}$/.test(value)) {
      const inner = value.slice(2, -1);
      out[key] = { references: [inner, inner.split(".").slice(0, 2).join(".")] };
    } else out[key] = { constant_value: value };
  }
  return out;
}

function hclValue(value: unknown, indent: string): string {
  if (typeof value === "string") return JSON.stringify(value).replace(/\$\\\{|\$\{/g, (m) => m);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => hclValue(item, indent)).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)} = ${hclValue(v, indent + "  ")}`).join("\n")}\n${indent}}`;
}

/** HCL for one unit, with nested blocks written as blocks. */
export function hclUnit(i: number): string {
  const BLOCK_KEYS = new Set(["config", "config_request", "config_response", "permission_policies", "roles"]);
  return unitBlocks(i)
    .map((block) => {
      const lines = Object.entries(block.body).map(([key, value]) => {
        if (BLOCK_KEYS.has(key) && Array.isArray(value)) {
          return (value as Array<Record<string, unknown>>)
            .map(
              (item) =>
                `  ${key} {\n${Object.entries(item)
                  .map(([k, v]) => `    ${k} = ${hclValue(v, "    ")}`)
                  .join("\n")}\n  }`,
            )
            .join("\n");
        }
        return `  ${key} = ${hclValue(value, "  ")}`;
      });
      return `resource "${block.type}" "${block.name}" {\n${lines.join("\n")}\n}\n`;
    })
    .join("\n");
}

export const HCL_HEADER = `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n\nvariable "crm_password" {\n  type      = string\n  sensitive = true\n}\n`;

/** The policy the benchmarks assess with: the workload's CRM host is on the allow-list, as in a real org. */
export const BENCH_POLICY = {
  version: 1 as const,
  destinations: [
    { host: "api.crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["Identify callers"] },
  ],
};
