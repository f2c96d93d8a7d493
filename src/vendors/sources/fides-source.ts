import { z } from "zod";
import { fidesRetentionDays } from "../duration";
import type { VendorLookup } from "../model";
import { PrivacyDeclarationSchema, VendorRecordSchema, type VendorRecord } from "../schema";
import { describeIssues } from "./describe-issues";
import { getJson, VendorSourceError, type HttpJsonOptions } from "./http-json";
import { lookupInRecords } from "./records-source";
import type { VendorSource } from "./source";

/** Where this tool's extension lives in a fides System: `meta` is fides's free-form map. */
export const FIDES_META_KEY = "vendor_data_capability";
const MAX_PAGES = 100;
/** The fields of a fides privacy declaration this tool reads; null in fides is absent here. */
const DECLARATION_FIELDS = Object.keys(PrivacyDeclarationSchema.shape);

const FidesSystemSchema = z
  .object({ fides_key: z.string(), name: z.string().nullish(), meta: z.record(z.string(), z.unknown()).nullish() })
  .passthrough();
const FidesPageSchema = z
  .object({ items: z.array(z.unknown()), pages: z.number().int().optional(), page: z.number().int().optional() })
  .passthrough();

/** A fides System as this tool's vendor record: fideslang fields as they are, the extension from `meta`. */
function toVendorRecord(system: z.infer<typeof FidesSystemSchema>): z.ZodSafeParseResult<VendorRecord> | undefined {
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
  return VendorRecordSchema.safeParse({
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

async function fetchSystems(base: string, http: HttpJsonOptions): Promise<unknown[]> {
  const first = await getJson(`${base}/api/v1/system`, http);
  if (Array.isArray(first)) return first;
  const page = FidesPageSchema.safeParse(first);
  if (!page.success)
    throw new VendorSourceError(
      `answered with neither a list of systems nor a page of them (${describeIssues(page.error, "")})`,
    );
  const systems = [...page.data.items];
  for (let next = 2; next <= Math.min(page.data.pages ?? 1, MAX_PAGES); next++) {
    const more = FidesPageSchema.safeParse(await getJson(`${base}/api/v1/system?page=${next}`, http));
    if (!more.success)
      throw new VendorSourceError(`page ${next} of the systems is not a page (${describeIssues(more.error, "")})`);
    systems.push(...more.data.items);
  }
  return systems;
}

/** A fides system that does not validate, and the hosts it may claim. */
interface BrokenSystem {
  key: string;
  reason: string;
  hosts: unknown;
}

/** The systems as vendor records; systems without this tool's extension in `meta` name no hosts and are skipped. */
function recordsOf(systems: unknown[]): { records: VendorRecord[]; broken: BrokenSystem[] } {
  const records: VendorRecord[] = [];
  const broken: BrokenSystem[] = [];
  systems.forEach((raw, index) => {
    const system = FidesSystemSchema.safeParse(raw);
    if (!system.success) {
      broken.push({
        key: `systems[${index}]`,
        reason: describeIssues(system.error, `systems[${index}]`),
        hosts: undefined,
      });
      return;
    }
    const record = toVendorRecord(system.data);
    if (!record) return;
    if (record.success) records.push(record.data);
    else
      broken.push({
        key: system.data.fides_key,
        reason: describeIssues(record.error, `${system.data.fides_key}`),
        hosts: (system.data.meta?.[FIDES_META_KEY] as { hosts?: unknown } | undefined)?.hosts,
      });
  });
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
    ? { status: "unavailable", host, source, reason: `fides system ${suspect.key} cannot be read: ${suspect.reason}` }
    : found;
}

/** The fides API's systems endpoint; systems without this tool's extension in `meta` name no hosts and are skipped. */
export function fidesSource(baseUrl: string, http: HttpJsonOptions, unusable?: string): VendorSource {
  const base = baseUrl.replace(/\/+$/, "");
  const name = `fides ${base}`;
  return {
    name,
    async lookup(hosts) {
      const unavailable = (reason: string): VendorLookup[] =>
        hosts.map((host) => ({ status: "unavailable", host, source: name, reason }));
      if (unusable) return unavailable(unusable);
      if (hosts.length === 0) return [];
      let systems: unknown[];
      try {
        systems = await fetchSystems(base, http);
      } catch (error) {
        if (error instanceof VendorSourceError) return unavailable(`the fides API ${error.message}`);
        throw error;
      }
      const read = recordsOf(systems);
      return hosts.map((host) => lookupHost(host, read, name));
    },
  };
}
