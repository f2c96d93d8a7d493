import { describe, expect, test } from "vitest";
import { terraformJson } from "../../bench/workload";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { inventoryIndexBuilds } from "../../src/inventory/lookup";
import type { Inventory } from "../../src/inventory/model";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";

/** Array operations that visit every resource: what made the engine integrations × resources. */
const WHOLE_LIST = new Set<PropertyKey>([
  "filter",
  "find",
  "findIndex",
  "findLast",
  "some",
  "every",
  "map",
  "forEach",
  "reduce",
  "flatMap",
  "includes",
  "indexOf",
  Symbol.iterator,
  "entries",
  "values",
  "keys",
]);

/** The inventory with its resource list wrapped so that every whole-list pass is counted. */
function counted(inventory: Inventory): { inventory: Inventory; passes: () => number } {
  let passes = 0;
  const resources = new Proxy(inventory.resources, {
    get(target, property, receiver) {
      if (WHOLE_LIST.has(property)) passes++;
      return Reflect.get(target, property, receiver);
    },
  });
  return { inventory: { ...inventory, resources }, passes: () => passes };
}

function work(resources: number) {
  const { inventory, passes } = counted(
    readTerraformJson(terraformJson(resources), { scope: "bench", origin: "bench" }),
  );
  const builds = inventoryIndexBuilds();
  const result = assessInventory(inventory, { policy: applyPolicy({ version: 1 }), now: new Date(0) });
  return { dpias: result.dpias.length, passes: passes(), indexBuilds: inventoryIndexBuilds() - builds };
}

describe("the engine does a bounded number of passes over the inventory, however large it is", () => {
  test("20,000 resources take no more whole-inventory passes than 600 (no per-item scans)", () => {
    const small = work(600);
    const large = work(20_000);
    expect(large.dpias).toBeGreaterThan(6_000);
    // Counted, not timed: a per-integration scan would add thousands of passes here.
    expect(large.passes).toBeLessThanOrEqual(small.passes + 5);
    expect(large.passes).toBeLessThan(200);
    expect(large.indexBuilds).toBeLessThanOrEqual(3);
  }, 300_000);
});
