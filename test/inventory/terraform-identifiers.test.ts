import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { isTerraformIdentifier } from "../../src/inventory/terraform-identifier";
import { InputError } from "../../src/validation/input-error";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";
import { writeFolder } from "../helpers/write-folder";

// What terraform 1.11.4 answered for `locals { <name> = 1 }` and `local.<name>` in `terraform console`: 1 for a
// name it takes, "Invalid character" or "Argument or block definition required" for one it refuses.
const TAKEN = ["_x", "x-y", "x٣", "Déjà_en_relation_avec_BP", "ⅸ", "x·y", "aа", "x‿y", "℘", "゛x", "x゛"];
const REFUSED = ["٣x", "-x", "x$", "", "x.y", "x y"];

describe("Terraform identifiers are HCL's: Unicode letters, not only ASCII", () => {
  test.each(TAKEN)("%s is a name Terraform takes", (name) => expect(isTerraformIdentifier(name)).toBe(true));
  test.each(REFUSED)("%j is not", (name) => expect(isTerraformIdentifier(name)).toBe(false));

  test("a resource named in French is assessed, and a reference to it resolves (JSON syntax)", () => {
    const config = terraformJson(webServiceAction({}, {}));
    const resources = config.resource as Record<string, Record<string, Record<string, unknown>>>;
    const [integrationName, integration] = Object.entries(resources.genesyscloud_integration!)[0]!;
    const [actionName, action] = Object.entries(resources.genesyscloud_integration_action!)[0]!;
    resources.genesyscloud_integration = { Intégration_CRM: integration! };
    resources.genesyscloud_integration_action = {
      [actionName]: { ...action, integration_id: "${genesyscloud_integration.Intégration_CRM.id}" },
    };
    expect(integrationName).not.toBe("Intégration_CRM");
    const dpias = assess(config).dpias;
    const dpia = dpias.find((candidate) =>
      candidate.resources.some((resource) => resource.address === "genesyscloud_integration.Intégration_CRM"),
    );
    expect(dpia?.resources.map((resource) => resource.address)).toContain(
      `genesyscloud_integration_action.${actionName}`,
    );
  });

  test("a name Terraform refuses is still an input error naming it", () => {
    const config = terraformJson({ genesyscloud_routing_queue: { "٣x": { name: "Q" } } });
    expect(() => readTerraformJson(config, { scope: "test", origin: "test" })).toThrow(InputError);
  });

  test("the native syntax: Unicode resource names and locals are read, not refused", async () => {
    const dir = writeFolder("dpia-unicode-", {
      "main.tf": `
locals {
  déjà_vu = "Déjà en relation"
}
resource "genesyscloud_routing_queue" "Déjà_en_relation_avec_BP" {
  name = local.déjà_vu
}
`,
    });
    const inventory = await readHclFolder(dir);
    expect(inventory.resources.map((resource) => [resource.address, resource.attributes.name])).toEqual([
      ["genesyscloud_routing_queue.Déjà_en_relation_avec_BP", "Déjà en relation"],
    ]);
  });
});
