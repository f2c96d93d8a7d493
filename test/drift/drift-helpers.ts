import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import type { Baseline, ConfigurationSnapshot } from "../../src/drift/model";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import type { Inventory } from "../../src/inventory/model";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { FIXED_NOW } from "../helpers/assess-config";

export function snapshotOf(dpia: Dpia, inventory: Inventory): ConfigurationSnapshot {
  const addresses = new Set(dpia.resources.map((resource) => resource.address));
  return {
    providers: inventory.providers.map((provider) => ({ ...(provider.alias ? { alias: provider.alias } : {}), attributes: provider.attributes })),
    resources: inventory.resources.filter((resource) => addresses.has(resource.address)).sort((a, b) => a.address.localeCompare(b.address)).map(({ address, type, attributes }) => ({ address, type, attributes })),
  };
}

export function assessed(config: unknown, policy?: Policy) {
  const inventory = readTerraformJson(config, { scope: "drift-test", origin: "test" });
  const result = assessInventory(inventory, { policy: applyPolicy(policy), now: FIXED_NOW });
  return result.dpias.map((dpia) => ({ dpia, snapshot: snapshotOf(dpia, inventory) }));
}

export function baselinesOf(config: unknown, policy?: Policy): Baseline[] {
  return assessed(config, policy).map(({ dpia, snapshot }, index) => ({ dpia, snapshot, recordedAs: `record ${index + 1}`, at: "2026-01-10T08:00:00Z" }));
}
