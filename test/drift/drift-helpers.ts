import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import type { Baseline, ConfigurationSnapshot } from "../../src/drift/model";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import type { Inventory } from "../../src/inventory/model";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { snapshotOf as registerSnapshot } from "../../src/register/assessments";
import { FIXED_NOW } from "../helpers/assess-config";

/** The register's own snapshot function, so tests compare what the register would hold. */
export function snapshotOf(dpia: Dpia, inventory: Inventory): ConfigurationSnapshot {
  return registerSnapshot(dpia, inventory) as unknown as ConfigurationSnapshot;
}

export function assessed(config: unknown, policy?: Policy) {
  const inventory = readTerraformJson(config, { scope: "drift-test", origin: "test" });
  const result = assessInventory(inventory, { policy: applyPolicy(policy), now: FIXED_NOW });
  return result.dpias.map((dpia) => ({ dpia, snapshot: snapshotOf(dpia, inventory) }));
}

export function baselinesOf(config: unknown, policy?: Policy): Baseline[] {
  return assessed(config, policy).map(({ dpia, snapshot }, index) => ({
    dpia,
    snapshot,
    recordedAs: `record ${index + 1}`,
    at: "2026-01-10T08:00:00Z",
  }));
}
