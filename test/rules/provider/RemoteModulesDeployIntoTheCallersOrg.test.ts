/**
 * GC-PRV-5: a remote module's own provider block with a literal OAuth client (Genesys' published Salesforce
 * integration module ships one) creates the module's resources, and the CRM credential they hold, in whichever org
 * owns that client. The shapes here are the published module's; the region and client are made up.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../../src/dpia/assess-inventory";
import { readHclFolder } from "../../../src/inventory/read-hcl";
import { readPlanJson } from "../../../src/inventory/read-plan";
import type { Inventory } from "../../../src/inventory/model";
import { applyPolicy } from "../../../src/policy/load-policy";
import { FIXED_NOW } from "../../helpers/assess-config";
import { writeFolder } from "../../helpers/write-folder";

const GIT = "git::https://github.com/example/salesforce-integration.git?ref=v1.0.0";
const CLIENT = `  oauthclient_id     = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f"\n  oauthclient_secret = "s3cr3t-0c9c0f3e1c1a4f0e9f5e"\n`;
const block = (body: string) => `provider "genesyscloud" {\n${body}  aws_region = "us-east-1"\n}\n`;

const CREDENTIAL = `variable "password" {
  type      = string
  sensitive = true
}
resource "genesyscloud_integration_credential" "credential" {
  name                 = "Salesforce"
  credential_type_name = "salesforce"
  fields = {
    username = "crm-user"
    password = var.password
  }
}
resource "genesyscloud_integration" "integration" {
  integration_type = "salesforce-datadip"
  intended_state   = "DISABLED"
  config {
    name        = "Salesforce"
    credentials = { salesforceUser = genesyscloud_integration_credential.credential.id }
  }
}
`;

const WRAPUP = `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`;

/** The root calls `integration` from `source`; a remote source is laid out as terraform init leaves it. */
function folder(source: string, moduleFiles: Record<string, string>, call = ""): string {
  const remote = !source.startsWith("./");
  const dir = remote ? ".terraform/modules/integration" : source.slice(2);
  const files: Record<string, string> = {
    "main.tf": `provider "genesyscloud" {}\nmodule "integration" {\n  source = "${source}"\n${call}  password = "x"\n}\n`,
  };
  for (const [name, text] of Object.entries(moduleFiles)) files[`${dir}/${name}`] = text;
  if (remote)
    files[".terraform/modules/modules.json"] = JSON.stringify({
      Modules: [
        { Key: "", Source: "", Dir: "." },
        { Key: "integration", Source: source, Dir: dir },
      ],
    });
  return writeFolder("dpia-prv5-", files);
}

function prv5(inventory: Inventory) {
  const { dpias } = assessInventory(inventory, { policy: applyPolicy(undefined), now: FIXED_NOW });
  return dpias.flatMap((dpia) =>
    dpia.findings
      .filter((finding) => finding.rule_id === "GC-PRV-5")
      .map((finding) => ({ ...finding, status: dpia.compliance_status })),
  );
}

/** A plan of the remote module with one credential, its provider configured by `providerExpressions`. */
function modulePlan(providerExpressions: object, callExpressions: object = {}) {
  const planned = (address: string, type: string, name: string, values: object) => ({
    address: `module.integration.${address}`,
    mode: "managed",
    type,
    name,
    provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
    values,
  });
  const credential = planned(
    "genesyscloud_integration_credential.credential",
    "genesyscloud_integration_credential",
    "credential",
    {
      name: "Salesforce",
      credential_type_name: "salesforce",
      fields: { username: "crm-user", password: "x" },
    },
  );
  return {
    format_version: "1.2",
    planned_values: { root_module: { child_modules: [{ address: "module.integration", resources: [credential] }] } },
    resource_changes: [
      {
        ...credential,
        change: {
          actions: ["create"],
          after: credential.values,
          after_unknown: {},
          before_sensitive: false,
          after_sensitive: { fields: { password: true } },
        },
      },
    ],
    configuration: {
      provider_config: {
        genesyscloud: { name: "genesyscloud", full_name: "registry.terraform.io/mypurecloud/genesyscloud" },
        "module.integration:genesyscloud": {
          name: "genesyscloud",
          full_name: "registry.terraform.io/mypurecloud/genesyscloud",
          module_address: "module.integration",
          expressions: providerExpressions,
        },
      },
      root_module: {
        module_calls: {
          integration: {
            source: GIT,
            expressions: callExpressions,
            module: {
              variables: {
                id: { default: "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f" },
                secret: { default: "s3cr3t-0c9c0f3e1c1a4f0e9f5e" },
              },
              resources: [
                {
                  address: "genesyscloud_integration_credential.credential",
                  mode: "managed",
                  type: "genesyscloud_integration_credential",
                  name: "credential",
                  provider_config_key: "module.integration:genesyscloud",
                  expressions: {
                    name: { constant_value: "Salesforce" },
                    credential_type_name: { constant_value: "salesforce" },
                    fields: { constant_value: { username: "crm-user", password: "x" } },
                  },
                },
              ],
            },
          },
        },
      },
    },
  };
}

describe("GC-PRV-5 RemoteModulesDeployIntoTheCallersOrg: a remote module's literal OAuth client decides the org", () => {
  test("Noncompliance: a remote module's literal OAuth client takes the CRM credential to its own org", async () => {
    const findings = prv5(await readHclFolder(folder(GIT, { "main.tf": CREDENTIAL, "provider.tf": block(CLIENT) })));
    expect(findings.map((finding) => finding.resource).sort()).toEqual([
      "module.integration.genesyscloud_integration.integration",
      "module.integration.genesyscloud_integration_credential.credential",
    ]);
    expect(findings[0]).toMatchObject({ severity: "Critical", status: "BLOCKED_FOR_DEPLOYMENT" });
    expect(findings[0]!.message).toContain(`module.integration.provider.genesyscloud of ${GIT}`);
    expect(findings[0]!.message).not.toContain("s3cr3t");
  });

  test("Noncompliance: an access token, and a local module inside the remote one, fix the org the same way", async () => {
    const token = block(`  access_token = "tok-0c9c0f3e1c1a4f0e9f5e"\n`);
    const nested = folder(GIT, {
      "main.tf": `variable "password" {\n  type = string\n}\nmodule "inner" {\n  source   = "./inner"\n  password = var.password\n}\n`,
      "inner/main.tf": CREDENTIAL,
      "inner/provider.tf": token,
    });
    const findings = prv5(await readHclFolder(nested));
    expect(findings.map((finding) => finding.resource).sort()).toEqual([
      "module.integration.module.inner.genesyscloud_integration.integration",
      "module.integration.module.inner.genesyscloud_integration_credential.credential",
    ]);
  });

  test("Noncompliance: a client the module fixes through locals or defaults its caller leaves alone", async () => {
    const locals = `locals {\n  client = { id = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f", secret = join("", ["s3cr3t", "-0c9c"]) }\n}\n`;
    const defaults = `variable "id" {\n  type    = string\n  default = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f"\n}\nvariable "secret" {\n  type    = string\n  default = "s3cr3t-0c9c"\n}\n`;
    const viaLocals = block(`  oauthclient_id     = local.client.id\n  oauthclient_secret = local.client.secret\n`);
    const viaDefaults = block(`  oauthclient_id     = var.id\n  oauthclient_secret = var.secret\n`);
    for (const [extra, provider] of [
      [locals, viaLocals],
      [defaults, viaDefaults],
    ] as const) {
      const dir = folder(GIT, { "main.tf": `${extra}${CREDENTIAL}`, "provider.tf": provider });
      expect(prv5(await readHclFolder(dir)).map((finding) => finding.resource)).toContain(
        "module.integration.genesyscloud_integration_credential.credential",
      );
    }
  });

  test("Noncompliance: a local module of a remote package gets the client the package's own code passes it", async () => {
    const dir = folder(GIT, {
      "main.tf": `variable "password" {\n  type = string\n}\nmodule "inner" {\n  source   = "./inner"\n  password = var.password\n  id       = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f"\n  secret   = "s3cr3t-0c9c"\n}\n`,
      "inner/main.tf": `variable "id" {\n  type = string\n}\nvariable "secret" {\n  type = string\n}\n${CREDENTIAL}`,
      "inner/provider.tf": block(`  oauthclient_id     = var.id\n  oauthclient_secret = var.secret\n`),
    });
    expect(prv5(await readHclFolder(dir)).map((finding) => finding.resource)).toContain(
      "module.integration.module.inner.genesyscloud_integration_credential.credential",
    );
  });

  test("Compliance: a client the module reads from the caller's own folder (path.root) is the caller's", async () => {
    const provider = block(
      '  oauthclient_id     = trimspace(file("${path.root}/client-id.txt"))\n  oauthclient_secret = trimspace(file("${path.root}/client-secret.txt"))\n',
    );
    const dir = folder(GIT, { "main.tf": CREDENTIAL, "provider.tf": provider });
    fs.writeFileSync(path.join(dir, "client-id.txt"), "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f\n");
    fs.writeFileSync(path.join(dir, "client-secret.txt"), "s3cr3t-0c9c\n");
    expect(prv5(await readHclFolder(dir))).toEqual([]);
  });

  test("Compliance: a local module spelled the Windows way is still the caller's own", async () => {
    const dir = writeFolder("dpia-prv5-", {
      "main.tf": `provider "genesyscloud" {}\nmodule "integration" {\n  source   = ".\\\\integration"\n  password = "x"\n}\n`,
      "integration/main.tf": CREDENTIAL,
      "integration/provider.tf": block(CLIENT),
    });
    expect(prv5(await readHclFolder(dir))).toEqual([]);
  });

  test("Noncompliance: the same module in a plan, whose configuration records the call's source", () => {
    const literal = {
      oauthclient_id: { constant_value: "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f" },
      oauthclient_secret: { constant_value: "s3cr3t-0c9c0f3e1c1a4f0e9f5e" },
      aws_region: { constant_value: "us-east-1" },
    };
    const defaults = {
      oauthclient_id: { references: ["var.id"] },
      oauthclient_secret: { references: ["var.secret"] },
    };
    for (const expressions of [literal, defaults])
      expect(prv5(readPlanJson(modulePlan(expressions), "plan.json")).map((finding) => finding.resource)).toEqual([
        "module.integration.genesyscloud_integration_credential.credential",
      ]);
  });

  test("Compliance: in a plan, a client the call passes to the module's variables", () => {
    const passed = { id: { references: ["var.client_id"] }, secret: { references: ["var.client_secret"] } };
    const expressions = {
      oauthclient_id: { references: ["var.id"] },
      oauthclient_secret: { references: ["var.secret"] },
    };
    expect(prv5(readPlanJson(modulePlan(expressions, passed), "plan.json"))).toEqual([]);
  });

  test("Compliance: the same block in the caller's own local module (the caller chose that client)", async () => {
    const inventory = await readHclFolder(
      folder("./integration", { "main.tf": CREDENTIAL, "provider.tf": block(CLIENT) }),
    );
    expect(prv5(inventory)).toEqual([]);
  });

  test("Compliance: the client comes from what the caller passes", async () => {
    const variables = `variable "id" {\n  type = string\n}\nvariable "secret" {\n  type = string\n}\n`;
    const dir = folder(
      GIT,
      {
        "main.tf": `${variables}${CREDENTIAL}`,
        "provider.tf": block(`  oauthclient_id     = var.id\n  oauthclient_secret = var.secret\n`),
      },
      `  id     = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f"\n  secret = "s3cr3t"\n`,
    );
    expect(prv5(await readHclFolder(dir))).toEqual([]);
  });

  test.each([
    [
      "only the client id is written (its secret comes from the caller's environment)",
      GIT,
      block(`  oauthclient_id = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f"\n`),
      CREDENTIAL,
    ],
    ["the block sets only a region", GIT, block(""), CREDENTIAL],
    [
      "the module deploys nothing that holds credentials or personal data",
      GIT,
      block(CLIENT),
      `variable "password" {\n  type = string\n}\n${WRAPUP}`,
    ],
  ])("Compliance: %s", async (_, source, provider, main) => {
    const inventory = await readHclFolder(folder(source, { "main.tf": main, "provider.tf": provider }));
    expect(prv5(inventory)).toEqual([]);
  });
});
