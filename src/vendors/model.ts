import { z } from "zod";
import type { HostPattern } from "../hosts/host-pattern";
import { VendorRecordSchema } from "./schema";

/** Which source was asked about which host. */
const AskedSchema = z.object({ host: z.string(), source: z.string() });

/** A source's real answer about the vendor behind one host: the vendor's record, or that it has none. */
export const VendorAnswerSchema = z.discriminatedUnion("status", [
  AskedSchema.extend({ status: z.literal("found"), record: VendorRecordSchema }),
  AskedSchema.extend({ status: z.literal("not_found") }),
]);

/** What one source said about the vendor behind one host. */
export type VendorLookup =
  | z.infer<typeof VendorAnswerSchema>
  /** The source could not be asked or gave an answer that cannot be read: capability unknown. */
  | (z.infer<typeof AskedSchema> & { status: "unavailable"; reason: string });

/** A purpose retention from the policy, with its host pattern parsed. */
export interface PurposeRetention {
  pattern: HostPattern;
  purpose: string;
  days: number;
}

/**
 * Everything the engine knows about receiving vendors, gathered before it runs (the edges do the
 * I/O). `configured` is false when the policy names no vendor source: vendor checks are then not
 * run and the DPIA says so.
 */
export interface VendorKnowledge {
  configured: boolean;
  /** By lower-case ASCII host. A host with no entry was not looked up: capability unknown. */
  lookups: Map<string, VendorLookup>;
  reviewIntervalDays: number;
  onMismatch: "block" | "warn";
  /** A source that gives no usable answer for a host that needs one: exit 2, or a Critical finding (GC-VEN-8). */
  onSourceFailure: "error" | "critical";
  erasureRequired: boolean;
  purposeRetention: PurposeRetention[];
}

export const DEFAULT_REVIEW_INTERVAL_DAYS = 365;

export function noVendorKnowledge(): VendorKnowledge {
  return {
    configured: false,
    lookups: new Map(),
    reviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
    onMismatch: "block",
    onSourceFailure: "error",
    erasureRequired: true,
    purposeRetention: [],
  };
}
