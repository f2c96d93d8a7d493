import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { VendorKnowledge, VendorLookup } from "../model";
import { lookupInRecords } from "./records-source";
import { knowledgeWithoutLookups, uniqueHosts, type HostsToLookUp, type VendorSettings } from "./resolve";

/** Long enough for three retries with their backoff against each of two slow sources. */
const CHILD_TIMEOUT_MS = 120_000;

/**
 * The same answer as resolveVendorKnowledge, for synchronous callers. Records alone are matched in
 * process; HTTP sources are asked from a child process running this module's sibling.
 */
export function resolveVendorKnowledgeSync(settings: VendorSettings, hosts: HostsToLookUp, now: Date): VendorKnowledge {
  const policy = settings.policy;
  const base = knowledgeWithoutLookups(settings);
  if (!base.configured) return base;
  const unique = uniqueHosts(hosts);
  if (!policy?.api && !policy?.fides) {
    for (const host of unique) base.lookups.set(host, lookupInRecords(settings.records, host, "policy vendor records"));
    return base;
  }
  const extension = path.extname(__filename);
  const child = path.join(__dirname, `resolve-child${extension}`);
  const result = fs.existsSync(child)
    ? spawnSync(process.execPath, [...process.execArgv, child], {
        input: JSON.stringify({ settings, hosts: unique, now: now.toISOString() }),
        encoding: "utf8",
        timeout: CHILD_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
      })
    : undefined;
  if (!result || result.status !== 0) {
    const reason = !result
      ? `${child} is missing`
      : result.signal
        ? `the vendor sources did not answer within ${CHILD_TIMEOUT_MS / 1000} s`
        : `the vendor lookup failed: ${result.stderr.trim().slice(0, 300)}`;
    for (const host of unique) {
      const fromRecords = lookupInRecords(settings.records, host, "policy vendor records");
      base.lookups.set(
        host,
        fromRecords.status === "found"
          ? fromRecords
          : { status: "unavailable", host, source: "vendor sources", reason },
      );
    }
    return base;
  }
  const parsed = JSON.parse(result.stdout) as Omit<VendorKnowledge, "lookups"> & {
    lookups: Array<[string, VendorLookup]>;
  };
  return { ...parsed, lookups: new Map(parsed.lookups) };
}
