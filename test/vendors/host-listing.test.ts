import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { resolveVendorKnowledge, type VendorSettings } from "../../src/vendors/sources/resolve";
import { resolveVendorKnowledgeSync } from "../../src/vendors/sources/resolve-sync";
import { vendorRecord } from "../helpers/vendors";

const NOW = new Date("2026-01-15T09:30:00Z");
const HOST = "api.marketing.example.eu";

function settings(records: VendorSettings["records"]): VendorSettings {
  return {
    records,
    purposeRetention: [],
    cacheFile: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dpia-vendor-hosts-")), "cache.json"),
  };
}

/** A host list that counts how often it is asked for. */
function countedHosts(hosts: string[]): { list: () => string[]; calls: () => number } {
  let calls = 0;
  return {
    list: () => {
      calls++;
      return hosts;
    },
    calls: () => calls,
  };
}

// Listing the hosts is a walk of every value of the configuration: a policy without vendor sources must not pay it.
describe("the hosts a configuration names are listed only when a vendor source will be asked about them", () => {
  test("no vendor source: the list is never made, and nothing is looked up", async () => {
    const asyncHosts = countedHosts([HOST]);
    const syncHosts = countedHosts([HOST]);
    const asynchronous = await resolveVendorKnowledge(settings([]), asyncHosts.list, { now: NOW });
    const synchronous = resolveVendorKnowledgeSync(settings([]), syncHosts.list, NOW);
    expect([asyncHosts.calls(), syncHosts.calls()]).toEqual([0, 0]);
    expect([asynchronous.configured, synchronous.configured]).toEqual([false, false]);
    expect([asynchronous.lookups.size, synchronous.lookups.size]).toEqual([0, 0]);
  });

  test("vendor records: the list is made once, and each host in it is looked up in either spelling", async () => {
    const asyncHosts = countedHosts([HOST.toUpperCase(), "unknown.example.org", HOST]);
    const syncHosts = countedHosts([HOST.toUpperCase(), "unknown.example.org", HOST]);
    const asynchronous = await resolveVendorKnowledge(settings([vendorRecord()]), asyncHosts.list, { now: NOW });
    const synchronous = resolveVendorKnowledgeSync(settings([vendorRecord()]), syncHosts.list, NOW);
    expect([asyncHosts.calls(), syncHosts.calls()]).toEqual([1, 1]);
    for (const knowledge of [asynchronous, synchronous]) {
      expect([...knowledge.lookups.keys()]).toEqual([HOST, "unknown.example.org"]);
      expect(knowledge.lookups.get(HOST)?.status).toBe("found");
      expect(knowledge.lookups.get("unknown.example.org")?.status).toBe("not_found");
    }
  });

  test("a list given as it is still works (the watch and the tests' callers)", async () => {
    const knowledge = await resolveVendorKnowledge(settings([vendorRecord()]), [HOST], { now: NOW });
    expect(knowledge.lookups.get(HOST)?.status).toBe("found");
  });
});
