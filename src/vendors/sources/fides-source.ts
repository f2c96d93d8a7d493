import { z } from "zod";
import { checkVendorRecord, describeRecordProblems, type VendorRecordCheck } from "../check-vendor-record";
import { fidesRetentionDays } from "../duration";
import type { VendorLookup } from "../model";
import { PrivacyDeclarationSchema, type VendorRecord } from "../schema";
import { describeIssues } from "./describe-issues";
import { quoted } from "./quoted";
import { readAllSystems, type ListedSystem } from "./fides-pages";
import { startLookup, VendorSourceError, type HttpJsonOptions } from "./http-json";
import { lookupInRecords } from "./records-source";
import type { VendorSource } from "./source";
import { displayedUrl } from "./source-url";

/** Where this tool's extension lives in a fides System: `meta` is fides's free-form map. */
export const FIDES_META_KEY = "vendor_data_capability";
/** The fields of a fides privacy declaration this tool reads; null in fides is absent here. */
const DECLARATION_FIELDS = Object.keys(PrivacyDeclarationSchema.shape);

const FidesSystemSchema = z
  .object({ fides_key: z.string(), name: z.string().nullish(), meta: z.record(z.string(), z.unknown()).nullish() })
  .passthrough();

/** A fides System as this tool's vendor record: fideslang fields as they are, the extension from `meta`. */
function toVendorRecord(system: z.infer<typeof FidesSystemSchema>): VendorRecordCheck | undefined {
  const extension = system.meta?.[FIDES_META_KEY];
  if (extension === undefined) return undefined;
  const declarations = Array.isArray(system.privacy_declarations)
    ? (system.privacy_declarations as Array<Record<string, unknown>>)
    : [];
  const capability = { ...(extension as Record<string, unknown>) };
  if (capability.retention === undefined) {
    // fides keeps retention per declaration, in days; the longest applies to the data as a whole.
    const days = declarations
      .map((declaration) => fidesRetentionDays(declaration.retention_period as string | number | undefined))
      .filter((d): d is number => d !== undefined);
    if (days.length > 0) capability.retention = { live: `P${Math.max(...days)}D` };
  }
  const pick = (key: string) => (system[key] === null || system[key] === undefined ? {} : { [key]: system[key] });
  return checkVendorRecord({
    fides_key: system.fides_key,
    name: system.name ?? system.fides_key,
    ...pick("vendor_id"),
    ...pick("responsibility"),
    ...pick("dpa_location"),
    ...pick("dpa_progress"),
    ...pick("does_international_transfers"),
    ...pick("legal_basis_for_transfers"),
    privacy_declarations: declarations.map((declaration) =>
      Object.fromEntries(
        DECLARATION_FIELDS.flatMap((key) =>
          declaration[key] === undefined || declaration[key] === null ? [] : [[key, declaration[key]]],
        ),
      ),
    ),
    vendor_data_capability: capability,
  });
}

/** A fides system that does not validate, and the hosts it may claim. */
interface BrokenSystem {
  key: string;
  reason: string;
  hosts: unknown;
}

/** A record's JSON path as it is in the fides system: the extension lives in `meta`. */
function fidesPath(at: string, path: string): string {
  return `${at}.${path.replace(/^vendor_data_capability/, `meta.${FIDES_META_KEY}`)}`;
}

/** The systems as vendor records; systems without this tool's extension in `meta` name no hosts and are skipped. */
function recordsOf(systems: ListedSystem[]): { records: VendorRecord[]; broken: BrokenSystem[] } {
  const records: VendorRecord[] = [];
  const broken: BrokenSystem[] = [];
  for (const { system: raw, at } of systems) {
    const system = FidesSystemSchema.safeParse(raw);
    if (!system.success) {
      broken.push({ key: at, reason: describeIssues(system.error, at), hosts: undefined });
      continue;
    }
    const record = toVendorRecord(system.data);
    if (!record) continue;
    if (record.ok) records.push(record.record);
    else
      broken.push({
        key: `${quoted(system.data.fides_key)} (${at})`,
        reason: describeRecordProblems(
          record.problems.map((problem) => ({ ...problem, path: fidesPath(at, problem.path) })),
        ),
        hosts: (system.data.meta?.[FIDES_META_KEY] as { hosts?: unknown } | undefined)?.hosts,
      });
  }
  return { records, broken };
}

/** What the systems say about one host; a system that may claim it but does not validate leaves it unknown. */
function lookupHost(host: string, systems: ReturnType<typeof recordsOf>, source: string): VendorLookup {
  const found = lookupInRecords(systems.records, host, source);
  if (found.status !== "not_found") return found;
  const suspect = systems.broken.find(
    (entry) =>
      !Array.isArray(entry.hosts) ||
      entry.hosts.some(
        (pattern) =>
          typeof pattern === "string" &&
          lookupInRecords([{ vendor_data_capability: { hosts: [pattern] } } as VendorRecord], host, source).status ===
            "found",
      ),
  );
  return suspect
    ? {
        status: "unavailable",
        host,
        source,
        reason: `answered system ${suspect.key}, which may claim ${host}, but does not validate as a vendor record: ${suspect.reason}`,
      }
    : found;
}

/** The fides API's systems endpoint; systems without this tool's extension in `meta` name no hosts and are skipped. */
export function fidesSource(baseUrl: string, http: HttpJsonOptions, unusable?: string): VendorSource {
  const base = baseUrl.replace(/\/+$/, "");
  const name = `fides ${displayedUrl(base)}`;
  return {
    name,
    async lookup(hosts) {
      const unavailable = (reason: string): VendorLookup[] =>
        hosts.map((host) => ({ status: "unavailable", host, source: name, reason }));
      if (unusable) return unavailable(unusable);
      if (hosts.length === 0) return [];
      let systems: ListedSystem[];
      try {
        systems = await readAllSystems(base, startLookup(http));
      } catch (error) {
        if (error instanceof VendorSourceError) return unavailable(error.message);
        throw error;
      }
      const read = recordsOf(systems);
      return hosts.map((host) => lookupHost(host, read, name));
    },
  };
}
