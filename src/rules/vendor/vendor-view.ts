import { hostMatches } from "../../hosts/host-pattern";
import { genesysRetention, type RetentionSide } from "../../flows/genesys-retention";
import type { DataFlow } from "../../flows/model";
import { durationDays } from "../../vendors/duration";
import type { VendorLookup } from "../../vendors/model";
import type { VendorRecord } from "../../vendors/schema";
import type { RuleContext } from "../rule";

/** Findings of the mismatch rules start with this: they block unless the policy makes them warnings. */
export const MISMATCH_PREFIX = "DATA_GOVERNANCE_MISMATCH";

/** Everything the vendor rules compare for one flow: the vendor's side, the Genesys side, the purpose. */
export interface VendorView {
  host: string;
  lookup?: VendorLookup;
  record?: VendorRecord;
  genesys: RetentionSide;
  /** How long the controller needs the data: a declared purpose retention, else the Genesys side. */
  need?: { days: number; source: string; declared: boolean };
  vendorDays?: { live: number; backups: number };
}

/** The flows vendor checks apply to: personal data to a named host outside Genesys, when a vendor source is configured. */
export function vendorView(flow: DataFlow, context: RuleContext): VendorView | undefined {
  const vendors = context.vendors;
  const host = flow.destination.url?.host;
  if (!vendors?.configured || !host || flow.data_elements.length === 0 || flow.destination.kind === "genesys_org")
    return undefined;
  const lookup = vendors.lookups.get(host.toLowerCase());
  const record = lookup?.status === "found" ? lookup.record : undefined;
  const genesys = genesysRetention(flow.data_elements, context.inventory, context.catalog);
  const purpose = vendors.purposeRetention.find((entry) => hostMatches(entry.pattern, host));
  const need = purpose
    ? { days: purpose.days, source: `purpose retention in the policy (${purpose.purpose})`, declared: true }
    : genesys.days !== null
      ? { days: genesys.days, source: `Genesys side: ${genesys.source}`, declared: false }
      : undefined;
  const retention = record?.vendor_data_capability.retention;
  const vendorDays = retention
    ? {
        live: durationDays(retention.live, "up"),
        backups: retention.backups ? durationDays(retention.backups, "up") : 0,
      }
    : undefined;
  return {
    host,
    genesys,
    ...(lookup ? { lookup } : {}),
    ...(record ? { record } : {}),
    ...(need ? { need } : {}),
    ...(vendorDays ? { vendorDays } : {}),
  };
}

export function vendorName(view: VendorView): string {
  return view.record ? `${view.record.name} (${view.host})` : view.host;
}

export function mismatch(message: string, attribute?: string): { message: string; attribute?: string } {
  return { message: `${MISMATCH_PREFIX}: ${message}`, ...(attribute ? { attribute } : {}) };
}
