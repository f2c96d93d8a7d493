import { z } from "zod";
import {
  DataElementSchema,
  IntegrationTypeSchema,
  LexiconEntrySchema,
  RiskLevelSchema,
  ScopeEntrySchema,
  TopicEntrySchema,
} from "../catalog/schema";
import { VendorPolicySchema } from "../vendors/schema";
import { AcknowledgementEntrySchema } from "./acknowledgement";

export const POLICY_FILE_NAME = "dpia.policy.json";

/** No exception window may be longer, whatever the policy says (it may set less). */
export const MAX_EXCEPTION_HOURS = 72;

const ThresholdsSchema = z
  .object({
    block_at: RiskLevelSchema.describe("Overall risk at or above which deployment is blocked").optional(),
    warn_at: RiskLevelSchema.describe("Overall risk at or above which a warning is shown").optional(),
    max_token_lifetime_seconds: z.number().int().min(300).optional(),
  })
  .strict();

const TransferMechanismSchema = z.enum(["adequacy", "dpf", "scc", "uk_idta", "bcr", "derogation"]);
export type TransferMechanism = z.infer<typeof TransferMechanismSchema>;

const country = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code");

const OnwardRecipientSchema = z
  .object({
    name: z.string().min(1),
    country,
    transfer_mechanism: TransferMechanismSchema.optional(),
  })
  .strict();

/**
 * An approved destination. Exactly one of `host` (a host or `*.domain` pattern), `aws_account`
 * (Lambda and EventBridge targets) or `oauth_client` (the operator of an API client, by client name).
 */
export const AllowedDestinationSchema = z
  .object({
    host: z.string().min(1).optional(),
    aws_account: z
      .string()
      .regex(/^\d{12}$/, "a 12-digit AWS account id")
      .optional(),
    oauth_client: z.string().min(1).optional(),
    vendor: z.string().min(1),
    country,
    transfer_mechanism: TransferMechanismSchema.optional().describe(
      "How a transfer to this country is lawful; not needed inside the EEA",
    ),
    scc_module: z.enum(["M1", "M2", "M3", "M4"]).optional(),
    derogation: z.string().optional().describe("The Art. 49(1) point relied on, when transfer_mechanism is derogation"),
    purposes: z.array(z.string().min(1)).min(1),
    middleware: z.boolean().optional().describe("The recipient passes the data on (iPaaS, function, event bus)"),
    onward_recipients: z.array(OnwardRecipientSchema).optional(),
  })
  .strict();
export type AllowedDestination = z.infer<typeof AllowedDestinationSchema>;

export const ApproverSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a lower-case id such as "dpo.anna"'),
    name: z.string().min(1),
    role: z.enum(["DPO", "SECURITY_LEAD", "CISO", "LEGAL", "PLATFORM_OWNER"]),
    public_key: z.string().min(40).describe("Ed25519 public key (SPKI DER, base64) printed by `dpia keygen`"),
  })
  .strict();
export type Approver = z.infer<typeof ApproverSchema>;

/** The user's policy file: thresholds and additions or overrides to the built-in catalog. */
export const PolicySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    controller: z
      .object({
        name: z.string().min(1),
        dpo_contact: z.string().min(1).optional(),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "DE"')
          .optional()
          .describe(
            "Where the controller is established; decides the transfer regime when the org's region is unknown",
          ),
      })
      .strict()
      .optional(),
    org_region: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The org's Genesys Cloud region (an aws_region key such as eu-west-1), used when neither the provider block, GENESYSCLOUD_REGION nor --region names it",
      ),
    thresholds: ThresholdsSchema.optional(),
    data_elements: z
      .array(DataElementSchema)
      .optional()
      .describe("Added, or replacing the built-in entry with the same id"),
    scopes: z.array(ScopeEntrySchema).optional().describe("Replace the built-in entry for the scopes they name"),
    integration_types: z
      .array(IntegrationTypeSchema)
      .optional()
      .describe("Added, or replacing the built-in type with the same id"),
    lexicon: z.array(LexiconEntrySchema).optional().describe("Extra field-name terms"),
    topics: z.array(TopicEntrySchema).optional(),
    destinations: z.array(AllowedDestinationSchema).optional().describe("Approved destinations (the allow-list)"),
    samples: z
      .array(
        z
          .object({
            target: z.string().min(1).describe("A data action's Terraform address or name"),
            files: z
              .array(z.string().min(1))
              .min(1)
              .describe("Request or response bodies, JSON or text, relative to the policy file"),
          })
          .strict(),
      )
      .optional(),
    masking: z
      .array(
        z
          .object({
            target: z.string().min(1).describe("A data action's Terraform address or name"),
            description: z
              .string()
              .min(10)
              .describe(
                "The redaction step that removes card numbers and other sensitive values before the data leaves",
              ),
          })
          .strict(),
      )
      .optional(),
    scan: z
      .object({ max_sample_bytes: z.number().int().min(1024).optional() })
      .strict()
      .optional(),
    approvers: z
      .array(ApproverSchema)
      .optional()
      .describe(
        "A request for the trust root (dpia trust init reads it); never a source of authority: approvers come from the pinned trust root",
      ),
    volumes: z
      .array(
        z
          .object({
            target: z
              .string()
              .min(1)
              .describe("An integration, OAuth client or data action: Terraform address or name"),
            data_subjects_per_month: z.number().int().nonnegative().optional(),
            records_per_month: z.number().int().nonnegative().optional(),
          })
          .strict(),
      )
      .optional()
      .describe("Expected volumes; declared numbers win over what the configuration suggests"),
    acknowledgements: z
      .array(AcknowledgementEntrySchema)
      .optional()
      .describe("Non-blocking findings accepted with a reason until an expiry; a blocking finding needs an exception"),
    large_scale_subjects_per_month: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("From how many data subjects a month processing counts as large scale (default 10000)"),
    drift: z
      .object({
        ignore: z
          .array(
            z
              .object({
                subject: z.string().min(1).describe("The DPIA's subject address, e.g. genesyscloud_integration.crm"),
                path: z
                  .string()
                  .min(1)
                  .describe("<resource address>.<attribute path>: changes at or below it are known drift"),
                reason: z.string().min(20).describe("Why this drift is accepted, with a ticket or decision reference"),
                expires: z
                  .string()
                  .datetime({ offset: true })
                  .describe("After this the entry stops applying; at most max_ignore_days from the day drift runs"),
              })
              .strict(),
          )
          .optional()
          .describe(
            "Known drift in attributes (never a whole resource); a privacy-relevant change can never be ignored",
          ),
        max_ignore_days: z
          .number()
          .int()
          .min(1)
          .max(365)
          .optional()
          .describe("How far from the day drift runs an ignore entry may expire: default 90, at most 365"),
      })
      .strict()
      .optional()
      .describe("Continuous compliance: known drift to leave out of `dpia drift` until it expires"),
    vendors: VendorPolicySchema.optional().describe(
      "Receiving vendors' data capabilities: records, a vendor-risk API, fides",
    ),
    exceptions: z
      .object({
        file: z.string().min(1).optional().describe("Default: dpia.exceptions.json next to the policy"),
        max_window_hours: z.number().int().min(1).max(72).optional().describe("At most 72"),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;
export type RiskThresholds = Required<z.infer<typeof ThresholdsSchema>>;

export const DEFAULT_THRESHOLDS: RiskThresholds = {
  block_at: "Critical",
  warn_at: "High",
  max_token_lifetime_seconds: 86400,
};
