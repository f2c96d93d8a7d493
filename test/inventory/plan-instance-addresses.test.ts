import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { decodeQuotedKey, parseInstanceAddress } from "../../src/inventory/plan-addresses";
import { prefixReferences } from "../../src/inventory/module-references";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readPlanJson } from "../../src/inventory/read-plan";
import { applyPolicy } from "../../src/policy/load-policy";

// Addresses as terraform 1.11.4 wrote them in a plan, with the `index` it wrote beside each: a key is quoted the way
// Terraform quotes HCL strings (\U for characters that do not print, $${ for a template introducer), not as JSON.
// Before, a key Terraform escaped with \U made every plan holding it "an internal error", a key holding ${ was
// decoded wrongly, and a Unicode resource or module name was refused (h89).
const vectors = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "vectors", "terraform-plan", "instance-addresses.json"), "utf8"),
) as { addresses: Array<{ address: string; index: string | number | null; type: string; name: string }> };

describe("instance addresses as Terraform writes them", () => {
  test.each(vectors.addresses.map((entry) => [entry.address, entry] as const))("%s", (address, entry) => {
    const parsed = parseInstanceAddress(address);
    expect(parsed?.type).toBe(entry.type);
    expect(parsed?.name).toBe(entry.name);
    expect(parsed?.key).toBe(entry.index ?? undefined);
  });
  test("a module with a Unicode name", () => {
    expect(parseInstanceAddress("module.zahlung_ü.genesyscloud_integration.crm")?.configModulePath).toBe(
      "module.zahlung_ü.",
    );
  });
  test.each([String.raw`"\x41"`, String.raw`"\u12"`, String.raw`"\U0011ffff"`, String.raw`"a\"`, "unquoted"])(
    "a key Terraform does not write, %s, is no address",
    (quoted) => {
      expect(decodeQuotedKey(quoted)).toBeUndefined();
      expect(parseInstanceAddress(`genesyscloud_integration.crm[${quoted}]`)).toBeUndefined();
    },
  );
});

describe("a plan whose resources have Unicode names is assessed as its folder is", () => {
  const fixture = path.join(__dirname, "..", "fixtures", "three-forms", "plan.json");
  test("the integration renamed Déjà: read and joined with its action", () => {
    const text = fs
      .readFileSync(fixture, "utf8")
      .replaceAll("genesyscloud_integration.crm", "genesyscloud_integration.Déjà")
      .replaceAll('"name": "crm"', '"name": "Déjà"')
      .replaceAll('"name":"crm"', '"name":"Déjà"');
    const inventory = readPlanJson(JSON.parse(text), "plan.json");
    expect(inventory.resources.map((resource) => resource.address)).toContain("genesyscloud_integration.Déjà");
    const result = assessInventory(inventory, { policy: applyPolicy({ version: 1 }, "test", "."), now: new Date(0) });
    const integration = result.dpias.find((dpia) =>
      dpia.resources.some((resource) => resource.address === "genesyscloud_integration.Déjà"),
    );
    expect(integration?.resources.map((resource) => resource.address)).toContain(
      "genesyscloud_integration_action.lookup",
    );
  });
});

describe("references inside a module's planned bodies are made relative to the module", () => {
  test("a Unicode resource name is prefixed as an ASCII one is", () => {
    expect(prefixReferences("${genesyscloud_integration.Déjà.id}", "module.zahlung_ü.")).toBe(
      "${module.zahlung_ü.genesyscloud_integration.Déjà.id}",
    );
    expect(prefixReferences("${genesyscloud_integration.crm.id}", "module.m.")).toBe(
      "${module.m.genesyscloud_integration.crm.id}",
    );
  });
});
