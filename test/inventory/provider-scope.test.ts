/**
 * A module's own provider block with arguments (the legacy nested configuration Genesys' own modules still ship):
 * what Terraform refuses (configs/provider_validation.go: "Cannot override provider configuration", "Module is
 * incompatible with count, for_each, and depends_on") is exit 2, and what it accepts configures that module's
 * resources, region and secrets included. Empty blocks are pinned against `terraform graph` in
 * provider-configurations.test.ts.
 */
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";
import { FIXED_NOW } from "../helpers/assess-config";
import { writeFolder } from "../helpers/write-folder";

const SECRET = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d";

const MODULE_BLOCK = `provider "genesyscloud" {
  oauthclient_id     = "0c9c0f3e-1c1a-4f0e-9f5e-2a1b3c4d5e6f"
  oauthclient_secret = "${SECRET}"
  aws_region         = "us-east-1"
}
`;

const ACTION = `resource "genesyscloud_integration" "crm" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}
resource "genesyscloud_integration_action" "lookup" {
  name           = "Customer by phone"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input = jsonencode({
    type       = "object"
    properties = { phoneNumber = { type = "string" } }
  })
  contract_output = jsonencode({ type = "object", properties = { name = { type = "string" } } })
  config_request {
    request_url_template = "https://crm.example.com/customers?phone=\${input.phoneNumber}"
    request_type         = "GET"
    request_template     = "\${input.rawRequest}"
  }
  config_response {
    success_template = "\${rawResult}"
  }
}
`;

function folder(files: Record<string, string>): string {
  return writeFolder("dpia-provider-scope-", files);
}

async function refusal(dir: string): Promise<string> {
  const error: unknown = await readHclFolder(dir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

describe("a module's own provider block with arguments", () => {
  test("configures the module's resources, and the modules it calls, with its own region", async () => {
    const dir = folder({
      "main.tf": `provider "genesyscloud" {\n  aws_region = "eu-central-1"\n}\nmodule "crm" {\n  source = "./crm"\n}\n`,
      "crm/main.tf": `${MODULE_BLOCK}${ACTION}module "inner" {\n  source = "./inner"\n}\n`,
      "crm/inner/main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    const uses = Object.fromEntries(inventory.resources.map((r) => [r.address, r.provider ?? "genesyscloud"]));
    expect(uses).toEqual({
      "module.crm.genesyscloud_integration.crm": "module.crm:genesyscloud",
      "module.crm.genesyscloud_integration_action.lookup": "module.crm:genesyscloud",
      "module.crm.module.inner.genesyscloud_routing_wrapupcode.w": "module.crm:genesyscloud",
    });
    expect(inventory.providers.map((p) => [p.module, p.attributes.aws_region])).toEqual([
      [undefined, "eu-central-1"],
      ["module.crm", "us-east-1"],
    ]);
  });

  test("its literal secret is reported on its own provider DPIA, and its resources are assessed in its region", async () => {
    const dir = folder({
      "main.tf": `provider "genesyscloud" {\n  aws_region = "eu-central-1"\n}\nmodule "crm" {\n  source = "./crm"\n}\n`,
      "crm/main.tf": `${MODULE_BLOCK}${ACTION}`,
    });
    const { dpias } = assessInventory(await readHclFolder(dir), { policy: applyPolicy(undefined), now: FIXED_NOW });
    const moduleProvider = dpias.find((dpia) =>
      dpia.resources.some((resource) => resource.address === "module.crm.provider.genesyscloud"),
    );
    expect(moduleProvider?.findings.map((finding) => finding.rule_id)).toContain("GC-PRV-3");
    expect(JSON.stringify(dpias)).not.toContain(SECRET);
    const action = dpias.find((dpia) =>
      dpia.resources.some((resource) => resource.address === "module.crm.genesyscloud_integration_action.lookup"),
    );
    expect(JSON.stringify(action)).toContain("us-east-1");
    expect(JSON.stringify(action)).not.toContain("eu-central-1");
  });

  test.each([
    ["count", "count = 2"],
    ["for_each", 'for_each = toset(["a"])'],
    ["depends_on", "depends_on = [genesyscloud_routing_wrapupcode.w]"],
  ])("on a call with %s is refused, as terraform init refuses it", async (argument, line) => {
    const dir = folder({
      "main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\nmodule "crm" {\n  source = "./crm"\n  ${line}\n}\n`,
      "crm/main.tf": `${MODULE_BLOCK}${ACTION}`,
    });
    const message = await refusal(dir);
    expect(message).toContain(`module "crm" ${argument}`);
    expect(message).toContain("Module is incompatible with count, for_each, and depends_on");
  });

  test("below a call with count is refused too", async () => {
    const dir = folder({
      "main.tf": `module "outer" {\n  source = "./outer"\n  count  = 1\n}\n`,
      "outer/main.tf": `module "crm" {\n  source = "./crm"\n}\n`,
      "outer/crm/main.tf": `${MODULE_BLOCK}${ACTION}`,
    });
    expect(await refusal(dir)).toContain("module.outer.module.crm, which configures provider genesyscloud itself");
  });

  test("that the caller also passes is refused (Cannot override provider configuration)", async () => {
    const dir = folder({
      "main.tf": `provider "genesyscloud" {\n  alias      = "eu"\n  aws_region = "eu-west-1"\n}\nmodule "crm" {\n  source    = "./crm"\n  providers = { genesyscloud = genesyscloud.eu }\n}\n`,
      "crm/main.tf": `${MODULE_BLOCK}${ACTION}`,
    });
    const message = await refusal(dir);
    expect(message).toContain('module "crm" providers.genesyscloud');
    expect(message).toContain("Cannot override provider configuration");
  });

  test("an empty block under count stays allowed (a proxy, as Terraform allows it)", async () => {
    const dir = folder({
      "main.tf": `module "crm" {\n  source = "./crm"\n  count  = 1\n}\n`,
      "crm/main.tf": `provider "genesyscloud" {}\nresource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    expect(inventory.resources.map((r) => r.provider)).toEqual(["module.crm:genesyscloud"]);
  });

  test("two blocks for one configuration in a module are refused", async () => {
    const dir = folder({
      "main.tf": `module "crm" {\n  source = "./crm"\n}\n`,
      "crm/main.tf": `${MODULE_BLOCK}provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n`,
    });
    expect(await refusal(dir)).toContain("Duplicate provider configuration");
  });

  test("an alias that is not a literal name is refused", async () => {
    const dir = folder({
      "main.tf": `variable "a" {\n  default = "eu"\n}\nprovider "genesyscloud" {\n  alias = var.a\n}\n`,
    });
    expect(await refusal(dir)).toContain("alias");
  });

  test("a quoted provider reference is read as Terraform reads it (deprecated, accepted); anything else is refused", async () => {
    const quoted = folder({
      "main.tf": `provider "genesyscloud" {\n  alias = "eu"\n}\nresource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = "genesyscloud.eu"\n}\n`,
    });
    expect((await readHclFolder(quoted)).resources.map((r) => r.provider)).toEqual(["genesyscloud.eu"]);
    const other = folder({
      "main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = "genesyscloud eu"\n}\n`,
    });
    expect(await refusal(other)).toContain("genesyscloud_routing_wrapupcode.w provider");
  });
});

describe("the Genesys Cloud provider under another local name", () => {
  const GC = `terraform {\n  required_providers {\n    gc = {\n      source  = "registry.terraform.io/MyPureCloud/genesyscloud"\n      version = ">= 9.0.0"\n    }\n  }\n}\n`;

  test("its blocks, references and version constraint are the provider's, in the module that names it so", async () => {
    const dir = folder({
      "main.tf": `${GC}provider "gc" {\n  aws_region = "us-east-1"\n}\nprovider "gc" {\n  alias      = "eu"\n  aws_region = "eu-west-1"\n}\nresource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = gc\n}\nmodule "crm" {\n  source    = "./crm"\n  providers = { genesyscloud = gc.eu }\n}\n`,
      "crm/main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    expect(inventory.resources.map((r) => [r.address, r.provider])).toEqual([
      ["genesyscloud_routing_wrapupcode.w", undefined],
      ["module.crm.genesyscloud_routing_wrapupcode.w", "genesyscloud.eu"],
    ]);
    expect(inventory.providers.map((p) => [p.alias, p.attributes.aws_region])).toEqual([
      [undefined, "us-east-1"],
      ["eu", "eu-west-1"],
    ]);
    expect(inventory.genesysVersionConstraints).toEqual([">= 9.0.0"]);
  });

  test("passing another provider's configuration in its place is refused (Provider type mismatch)", async () => {
    const dir = folder({
      "main.tf": `provider "aws" {\n  region = "us-east-1"\n}\nmodule "crm" {\n  source    = "./crm"\n  providers = { genesyscloud = aws }\n}\n`,
      "crm/main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`,
    });
    expect(await refusal(dir)).toContain("Provider type mismatch");
  });

  test("a Genesys resource deployed with a name the module does not require the provider under is refused", async () => {
    const dir = folder({
      "main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = gc\n}\n`,
    });
    expect(await refusal(dir)).toContain('does not require it under the name "gc"');
  });
});

describe("what terraform init checks, whatever the syntax or the instances", () => {
  const WRAPUP = `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`;

  test("a module's Terraform JSON files: its local name and its provider block are read as in .tf", async () => {
    const dir = folder({
      "main.tf": `provider "genesyscloud" {\n  aws_region = "eu-central-1"\n}\nmodule "crm" {\n  source = "./crm"\n}\n`,
      "crm/versions.tf.json": JSON.stringify({
        terraform: { required_providers: { gc: { source: "mypurecloud/genesyscloud", version: ">= 1.17.0" } } },
      }),
      "crm/provider.tf.json": JSON.stringify({ provider: { gc: [{ aws_region: "us-east-1", sdk_debug: true }] } }),
      "crm/main.tf": `resource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = gc\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    expect(inventory.resources.map((r) => r.provider)).toEqual(["module.crm:genesyscloud"]);
    expect(inventory.providers.map((p) => [p.module, p.attributes.aws_region])).toEqual([
      [undefined, "eu-central-1"],
      ["module.crm", "us-east-1"],
    ]);
    expect(inventory.genesysVersionConstraints).toEqual([">= 1.17.0"]);
  });

  test("an empty depends_on keeps no provider configuration out, as Terraform reads it", async () => {
    const dir = folder({
      "main.tf": `module "crm" {\n  source     = "./crm"\n  depends_on = []\n}\n`,
      "crm/main.tf": `${MODULE_BLOCK}${WRAPUP}`,
    });
    expect((await readHclFolder(dir)).resources.map((r) => r.provider)).toEqual(["module.crm:genesyscloud"]);
  });

  test("a configured block below a call with count = 0 is refused: init checks the configuration, not the instances", async () => {
    const dir = folder({
      "main.tf": `module "m" {\n  source = "./m"\n  count  = 0\n}\n`,
      "m/main.tf": `module "crm" {\n  source = "./crm"\n}\n`,
      "m/crm/main.tf": `${MODULE_BLOCK}${WRAPUP}`,
    });
    expect(await refusal(dir)).toContain("Module is incompatible with count, for_each, and depends_on");
  });

  test("another provider's configured block is refused below count too", async () => {
    const dir = folder({
      "main.tf": `module "c" {\n  source = "./c"\n  count  = 1\n}\n`,
      "c/main.tf": `provider "aws" {\n  region = "us-east-1"\n}\n${WRAPUP}`,
    });
    expect(await refusal(dir)).toContain("configures provider aws itself");
  });

  test("configuration_aliases the caller does not pass, with only an empty block, are refused", async () => {
    const dir = folder({
      "main.tf": `module "c" {\n  source = "./c"\n}\n`,
      "c/main.tf": `terraform {\n  required_providers {\n    genesyscloud = {\n      source                = "mypurecloud/genesyscloud"\n      configuration_aliases = [genesyscloud.x]\n    }\n  }\n}\nprovider "genesyscloud" {\n  alias = "x"\n}\n${WRAPUP}`,
    });
    expect(await refusal(dir)).toContain("Missing required provider configuration");
  });

  test("a local name that is an object's own property name (constructor) is only a name", async () => {
    const dir = folder({
      "main.tf": `terraform {\n  required_providers {\n    constructor = { source = "mypurecloud/genesyscloud" }\n  }\n}\nprovider "constructor" {\n  aws_region = "us-east-1"\n}\nprovider "null" {}\nresource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = constructor\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    expect(inventory.providers.map((p) => p.attributes.aws_region)).toEqual(["us-east-1"]);
  });

  test("Terraform JSON root: a module's configuration key is not a provider reference; a local name is read", () => {
    const wrapup = (provider: string) => ({
      resource: { genesyscloud_routing_wrapupcode: { w: { name: "w", provider } } },
    });
    expect(() =>
      readTerraformJson(
        { provider: { genesyscloud: [{}] }, ...wrapup("module.crm:genesyscloud") },
        { scope: "t", origin: "cdk.tf.json" },
      ),
    ).toThrow(/Provider configuration not present/);
    const inventory = readTerraformJson(
      {
        terraform: { required_providers: { gc: { source: "mypurecloud/genesyscloud" } } },
        provider: { gc: [{ alias: "us", aws_region: "us-east-1" }] },
        ...wrapup("gc.us"),
      },
      { scope: "t", origin: "cdk.tf.json" },
    );
    expect(inventory.resources.map((r) => r.provider)).toEqual(["genesyscloud.us"]);
    expect(inventory.providers.map((p) => [p.alias, p.attributes.aws_region])).toEqual([["us", "us-east-1"]]);
    expect(() =>
      readTerraformJson(
        { provider: [{ genesyscloud: { aws_region: "eu-west-1" } }, { genesyscloud: { aws_region: "us-east-1" } }] },
        { scope: "t", origin: "cdk.tf.json" },
      ),
    ).toThrow(/Duplicate provider configuration/);
  });
});

describe("override files, merged as Terraform merges them before the providers are resolved", () => {
  const WRAPUP = `resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n`;
  const requires = (name: string, source: string, version?: string) =>
    `terraform {\n  required_providers {\n    ${name} = {\n      source = "${source}"${version ? `\n      version = "${version}"` : ""}\n    }\n  }\n}\n`;

  test("an override's required_providers entry replaces the primary files' entry of that name", async () => {
    const dir = folder({
      "main.tf": `${requires("genesyscloud", "mypurecloud/genesyscloud", "~> 1.84")}${WRAPUP}`,
      "versions_override.tf": requires("genesyscloud", "mypurecloud/genesyscloud", ">= 9.0.0"),
    });
    expect((await readHclFolder(dir)).genesysVersionConstraints).toEqual([">= 9.0.0"]);
  });

  test("an override that makes a local name the Genesys provider's is read so", async () => {
    const dir = folder({
      "main.tf": `module "crm" {\n  source = "./crm"\n}\n`,
      "crm/versions.tf": requires("gc", "hashicorp/gc"),
      "crm/versions_override.tf": requires("gc", "mypurecloud/genesyscloud"),
      "crm/main.tf": `provider "gc" {\n  aws_region = "us-east-1"\n}\nresource "genesyscloud_routing_wrapupcode" "w" {\n  name     = "w"\n  provider = gc\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    expect(inventory.resources.map((r) => r.provider)).toEqual(["module.crm:genesyscloud"]);
    expect(inventory.providers.map((p) => [p.module, p.attributes.aws_region])).toEqual([["module.crm", "us-east-1"]]);
  });

  test("a provider override finds its block in whichever file declares that alias", async () => {
    const dir = folder({
      "aliases.tf": `provider "genesyscloud" {\n  alias      = "apac"\n  aws_region = "ap-southeast-2"\n}\n`,
      "providers.tf": `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n${WRAPUP}`,
      "override.tf": `provider "genesyscloud" {\n  aws_region = "us-east-1"\n}\n`,
    });
    const inventory = await readHclFolder(dir);
    expect(Object.fromEntries(inventory.providers.map((p) => [p.alias ?? "default", p.attributes.aws_region]))).toEqual(
      {
        apac: "ap-southeast-2",
        default: "us-east-1",
      },
    );
  });
});
