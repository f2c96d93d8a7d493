import { z } from "zod";
import { carriesCredentialsSafely, SECURE_URL_RULE } from "../validation/secure-url";

/** The version of the vendor-data-capability extension this release reads and writes. */
const VENDOR_CAPABILITY_VERSION = 1;

const isoDuration = z
  .string()
  .regex(
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    "an ISO 8601 duration such as P90D, P6M or P1Y",
  )
  .describe("an ISO 8601 duration such as P90D, P6M or P1Y");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, "an ISO 8601 date such as 2026-03-31")
  .describe("an ISO 8601 date such as 2026-03-31");
const country = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code");

const DeletionModeSchema = z.enum(["hard", "soft", "crypto-shred", "none"]);
const DpaStatusSchema = z.enum(["signed", "in_progress", "none", "not_relevant"]);
const SubProcessorMechanismSchema = z.enum(["adequacy", "dpf", "scc", "uk_idta", "bcr", "derogation", "none"]);

/**
 * What fideslang does not describe: retention as durations, how deletion works, the DPA's state,
 * sub-processors with their countries, and when the record was last reviewed. Versioned, so that a
 * record written for a later version is refused rather than half-read.
 */
const VendorCapabilitySchema = z
  .object({
    version: z.literal(VENDOR_CAPABILITY_VERSION),
    hosts: z
      .array(z.string().min(1))
      .min(1)
      .describe("Hosts (or *.domain patterns) of the vendor's services: how a destination is mapped to this vendor"),
    retention: z
      .object({
        live: isoDuration,
        backups: isoDuration.optional(),
      })
      .strict()
      .describe(
        "live: how long the vendor keeps the data in its live systems; backups: how long copies stay in backups after that",
      ),
    deletion: z
      .object({
        mode: DeletionModeSchema.describe(
          "hard: erased; soft: flagged, still stored; crypto-shred: keys destroyed; none: no deletion",
        ),
        api: z.boolean().describe("Deletion can be triggered by API for one data subject (erasure requests)"),
      })
      .strict(),
    dpa: z.object({ status: DpaStatusSchema, date: isoDate.optional() }).strict(),
    sub_processors: z
      .array(z.object({ name: z.string().min(1), country, transfer_mechanism: SubProcessorMechanismSchema }).strict())
      .default([]),
    certifications: z.array(z.string().min(1)).default([]),
    evidence_url: z.string().url().optional(),
    as_of: isoDate,
  })
  .strict();

/** fideslang's PrivacyDeclaration, the fields this tool reads. */
export const PrivacyDeclarationSchema = z
  .object({
    name: z.string().optional(),
    data_use: z.string().optional(),
    data_categories: z.array(z.string()).default([]),
    data_subjects: z.array(z.string()).default([]),
    retention_period: z.union([z.string(), z.number()]).optional().describe("fides: days as a number or string"),
    egress: z.array(z.string()).optional(),
    ingress: z.array(z.string()).optional(),
    data_shared_with_third_parties: z.boolean().optional(),
    third_parties: z.string().optional(),
  })
  .passthrough();

/**
 * A vendor (a fideslang `System`) and what it can do with the data it receives. Field names are
 * fideslang's where it has one; `vendor_data_capability` is this tool's extension.
 */
export const VendorRecordSchema = z
  .object({
    fides_key: z.string().min(1),
    name: z.string().min(1),
    vendor_id: z.string().optional(),
    responsibility: z.array(z.enum(["Controller", "Processor", "Sub-Processor"])).default(["Processor"]),
    dpa_location: z.string().optional(),
    dpa_progress: z.string().optional(),
    does_international_transfers: z.boolean().optional(),
    legal_basis_for_transfers: z.array(z.string()).optional(),
    privacy_declarations: z.array(PrivacyDeclarationSchema).default([]),
    egress: z.array(z.object({ fides_key: z.string(), type: z.string().optional() }).passthrough()).optional(),
    ingress: z.array(z.object({ fides_key: z.string(), type: z.string().optional() }).passthrough()).optional(),
    vendor_data_capability: VendorCapabilitySchema,
  })
  .strict();

export type VendorRecord = z.infer<typeof VendorRecordSchema>;

/** A purpose's retention that the controller declares for a destination: what the DPIA compares the vendor with. */
const PurposeRetentionSchema = z
  .object({
    host: z.string().min(1).describe("A destination host or *.domain pattern"),
    purpose: z.string().min(1),
    retention: isoDuration,
  })
  .strict()
  .describe("How long the controller needs data sent to this host for the purpose");

function parsedUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The environment variables a policy may name in token_env: only these, so that the repository being
 * judged cannot make the gate send another secret of the job (a ticket system's, the register's,
 * Genesys Cloud's) to a URL it chooses.
 */
export const VENDOR_TOKEN_PREFIX = "DPIA_VENDOR_";
export const VENDOR_TOKEN_VARIABLE = /^DPIA_VENDOR_[A-Z0-9_]+$/;

/** A URL a token may be sent to (validation/secure-url.ts, the ticket systems' rule too). */
const carriesToken = (url: string): boolean => {
  const parsed = parsedUrl(url);
  return !!parsed && carriesCredentialsSafely(parsed);
};

/**
 * A source's base URL: https (plain http only to this machine), with no credentials in it (they would end up
 * in logs and messages). What a source answers decides findings, so an answer anyone on the path could
 * rewrite would decide approvals: the rule for a URL a token is sent to holds with or without a token.
 */
const SourceUrlSchema = z
  .string()
  .url()
  .refine((url) => /^https?:$/i.test(parsedUrl(url)?.protocol ?? "http:"), "an http:// or https:// URL")
  .refine(
    (url) => !/^https?:$/i.test(parsedUrl(url)?.protocol ?? "") || carriesToken(url),
    `${SECURE_URL_RULE}: a vendor source's answers decide findings`,
  )
  .refine((url) => {
    const parsed = parsedUrl(url);
    return !parsed || (parsed.username === "" && parsed.password === "");
  }, "a URL without a user name or password in it (name the token's environment variable in token_env)")
  .describe("Base URL of the API");

const HttpSourceSchema = z
  .object({
    url: SourceUrlSchema,
    token_env: z
      .string()
      .regex(VENDOR_TOKEN_VARIABLE)
      .optional()
      .describe(
        `an environment variable named ${VENDOR_TOKEN_PREFIX}… that holds the bearer token (no other name: the repository being judged cannot choose which secret of the job is sent); url is then ${SECURE_URL_RULE}`,
      ),
    timeout_ms: z.number().int().min(100).max(60_000).optional(),
    retries: z.number().int().min(0).max(5).optional(),
    deadline_s: z
      .number()
      .int()
      .min(1)
      .max(3_600)
      .optional()
      .describe(
        "All requests, retries and waits to this source in one run together (default 60): past it the source fails",
      ),
    max_retry_after_s: z
      .number()
      .int()
      .min(0)
      .max(120)
      .optional()
      .describe(
        "The longest Retry-After (seconds) a 429 or 503 answer may ask for and be waited out (default 30); a longer one makes the source fail",
      ),
  })
  .strict()
  .refine((source) => !source.token_env || carriesToken(source.url), {
    path: ["url"],
    message: `${SECURE_URL_RULE}: a URL the token in token_env is sent to`,
  });

/** The policy's `vendors` section: where vendor records come from and how mismatches are handled. */
export const VendorPolicySchema = z
  .object({
    records: z.array(VendorRecordSchema).optional().describe("Vendor records written into the policy"),
    files: z
      .array(z.string().min(1))
      .optional()
      .describe("JSON files, each a vendor record or a list of them, relative to the policy"),
    api: HttpSourceSchema.optional().describe(
      "A vendor-risk API with this tool's contract: GET <url>/vendors?host=<host>",
    ),
    fides: HttpSourceSchema.optional().describe("A fides server: GET <url>/api/v1/system"),
    cache: z
      .object({
        file: z
          .string()
          .min(1)
          .optional()
          .describe(
            "Where answers of the vendor sources are cached, relative to the policy; never inside a git work tree (default: the repository's file in the per-user cache folder)",
          ),
        max_age_hours: z
          .number()
          .min(0)
          .max(24 * 30)
          .optional(),
      })
      .strict()
      .optional(),
    review_interval_days: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("A record reviewed longer ago is stale (default 365)"),
    on_mismatch: z.enum(["block", "warn"]).optional().describe("What a DATA_GOVERNANCE_MISMATCH does (default block)"),
    on_source_failure: z
      .enum(["error", "critical"])
      .optional()
      .describe(
        'What a vendor source that gives no usable answer for a receiving host does: "error" (default) stops the run with exit 2 naming the source, the host and the reason; "critical" makes it a Critical finding (GC-VEN-8) in the DPIA. Never an approval.',
      ),
    erasure_required: z
      .boolean()
      .optional()
      .describe("Whether recipients must be able to erase one person's data (default true)"),
    purpose_retention: z.array(PurposeRetentionSchema).optional(),
  })
  .strict();
export type VendorPolicy = z.infer<typeof VendorPolicySchema>;
