import { z } from "zod";
import { FidesDataCategorySchema, RiskLevelSchema } from "../catalog/schema";

export const DPIA_SCHEMA_VERSION = "1.0";

const FindingSchema = z
  .object({
    rule_id: z.string(),
    severity: RiskLevelSchema,
    message: z.string(),
    resource: z.string(),
    attribute: z.string().optional(),
    construct_path: z.string().optional(),
    acknowledged: z
      .object({ reason: z.string(), source: z.string(), expires_at: z.string().optional() })
      .strict()
      .optional()
      .describe("Accepted with a reason: the finding still counts in the risk, and raises no warning"),
  })
  .strict();

const BlockingFindingSchema = z
  .object({
    rule_id: z.string(),
    severity: RiskLevelSchema,
    resource: z.string(),
    attribute: z.string().optional(),
    message: z.string(),
    remediation: z.string().describe("What to change so that this finding no longer blocks"),
  })
  .strict();

const RetentionSideSchema = z.object({ days: z.number().int().nullable(), source: z.string() }).strict();

const VendorGovernanceSchema = z
  .object({
    assessed: z.boolean().describe("False when the policy names no vendor source"),
    note: z.string(),
    mismatch_handling: z
      .enum(["block", "warn"])
      .describe("What a mismatch does under the policy (vendors.on_mismatch)"),
    flows: z.array(
      z
        .object({
          via: z.string(),
          host: z.string(),
          status: z.enum(["found", "not_found", "unavailable", "not_looked_up"]),
          source: z.string().optional(),
          reason: z.string().optional(),
          vendor: z.string().optional(),
          fides_key: z.string().optional(),
          as_of: z.string().optional(),
          genesys_retention: RetentionSideSchema.describe("How long Genesys keeps the data"),
          vendor_retention: z
            .object({ live_days: z.number().int(), backup_days: z.number().int() })
            .strict()
            .optional(),
          controller_need: z.object({ days: z.number().int(), source: z.string() }).strict().optional(),
          deletion: z.object({ mode: z.string(), api: z.boolean() }).strict().optional(),
          dpa: z.object({ status: z.string(), date: z.string().optional() }).strict().optional(),
          sub_processors: z
            .array(z.object({ name: z.string(), country: z.string(), transfer_mechanism: z.string() }).strict())
            .optional(),
          certifications: z.array(z.string()).optional(),
          evidence_url: z.string().optional(),
        })
        .strict(),
    ),
    mismatches: z.array(
      z.object({ rule_id: z.string(), severity: RiskLevelSchema, via: z.string(), message: z.string() }).strict(),
    ),
  })
  .strict();

const DataFlowSchema = z
  .object({
    source: z.string(),
    destination: z.string(),
    destination_kind: z.enum([
      "genesys_org",
      "third_party",
      "customer_cloud",
      "api_client",
      "configuration",
      "unknown",
    ]),
    destination_host: z
      .string()
      .optional()
      .describe("The host a client really connects to (ASCII), or absent with destination_unresolved"),
    destination_host_unicode: z.string().optional(),
    destination_unresolved: z.string().optional().describe("Why the destination is unknown"),
    vendor: z.string().optional(),
    country: z.string().describe("ISO 3166-1 alpha-2, or 'unknown'"),
    transfer_mechanism: z.string().describe("How the transfer is lawful, 'not a transfer', 'none' or 'unknown'"),
    approved: z.boolean().describe("On the policy's allow-list of destinations (or inside the Genesys org)"),
    middleware: z.string().optional().describe("Why the recipient is taken to pass the data on"),
    data_elements: z.array(z.string()),
    processing_nature: z.string(),
    frequency: z.string(),
    scale: z
      .object({
        population: z.enum(["org_wide", "subset", "single_record", "unknown"]),
        evidence: z.array(z.string()),
        declared: z
          .object({
            data_subjects_per_month: z.number().optional(),
            records_per_month: z.number().optional(),
            large: z.boolean(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    via: z.string(),
  })
  .strict();

const DataElementUseSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    regulatory_category: z.string(),
    risk_level: RiskLevelSchema,
    data_subjects: z.string(),
    fides_data_categories: z
      .array(FidesDataCategorySchema)
      // DPIAs recorded before the field existed still read (register index, drift baselines).
      .default([])
      .describe("The element's fideslang data categories (catalog or policy); empty when the element names none"),
    found_by: z.array(z.object({ resource: z.string(), rule: z.string(), evidence: z.array(z.string()) }).strict()),
  })
  .strict();

/** A DPIA's id: its subject's kind, then a readable name and a short hash (`INT-crm-f6b8a1`). */
export const DPIA_ID = /^(INT|OAC|ACT|RES)-[a-z0-9-]+$/;

export const DpiaSchema = z
  .object({
    $schema: z.string().optional(),
    schema_version: z.literal(DPIA_SCHEMA_VERSION),
    dpia_id: z.string().regex(DPIA_ID),
    integration_name: z.string(),
    timestamp: z.string().datetime(),
    compliance_status: z.enum(["APPROVED_FOR_DEPLOYMENT", "BLOCKED_FOR_DEPLOYMENT"]),
    subject: z
      .object({
        kind: z.enum(["integration", "oauth_client", "data_action", "resource"]),
        resource_type: z.string(),
        address: z.string(),
        construct_path: z.string().optional(),
        scope: z.string().describe("The stack or folder the configuration came from"),
      })
      .strict(),
    resources: z.array(
      z
        .object({
          address: z.string(),
          type: z.string(),
          construct_path: z.string().optional(),
          file: z.string().optional(),
          line: z.number().int().optional(),
        })
        .strict(),
    ),
    data_flows: z.array(DataFlowSchema),
    data_elements: z.array(DataElementUseSchema),
    risk_assessment: z
      .object({
        likelihood: RiskLevelSchema,
        impact: RiskLevelSchema,
        overall_risk_score: RiskLevelSchema,
        justification: z.string(),
        method: z.string(),
      })
      .strict(),
    mitigations: z.array(
      z
        .object({
          control_id: z.string(),
          description: z.string(),
          status: z.enum(["Implemented", "Pending Review"]),
          evidence: z.string(),
        })
        .strict(),
    ),
    transfers: z
      .array(
        z
          .object({
            via: z.string(),
            recipient: z.string(),
            host: z.string().optional(),
            source_country: z.string().optional(),
            destination_country: z.string().optional(),
            regime: z.enum(["EU", "UK", "CH", "other", "unknown"]),
            mechanism: z.string(),
            status: z.enum(["not_a_transfer", "covered", "needs_review", "missing", "unknown"]),
            legal_basis: z.string(),
            data_elements: z.array(z.string()),
            onward: z.boolean().optional(),
          })
          .strict(),
      )
      .describe("GDPR Art. 44-49: one entry per flow of personal data out of the org, and per onward recipient"),
    transfer_notes: z.array(z.string()),
    referenced_hosts: z
      .array(
        z
          .object({
            resource: z.string(),
            attribute: z.string(),
            host: z.string().optional(),
            host_unicode: z.string().optional(),
            aws_account: z.string().optional(),
            approved: z.boolean(),
            warnings: z.array(z.string()),
            unresolved: z.string().optional(),
          })
          .strict(),
      )
      .describe("Every host named in the configuration, whether or not personal data is known to flow there"),
    findings: z.array(FindingSchema),
    blocking_findings: z
      .array(BlockingFindingSchema)
      .optional()
      .describe(
        "What blocks this DPIA, each finding with its remediation (with an exception: what the exception lifts); empty when nothing blocks",
      ),
    provider_findings_in: z
      .string()
      .optional()
      .describe(
        "The DPIA of the provider configuration this subject is deployed with, which reports its provider findings (GC-PRV-*, GC-UNK-3) once for every DPIA",
      ),
    unresolved: z
      .array(z.object({ resource: z.string(), attribute: z.string(), value: z.string(), reason: z.string() }).strict())
      .describe("What could not be resolved and was assessed as the riskier case"),
    screening: z
      .object({
        criteria: z.array(
          z
            .object({
              id: z.string(),
              short_id: z.string(),
              criterion: z.string(),
              met: z.boolean(),
              evidence: z.string(),
            })
            .strict(),
        ),
        criteria_met: z.number().int(),
        dpia_required: z.boolean(),
        reasoning: z.string(),
      })
      .strict(),
    description: z
      .object({ nature: z.string(), scope: z.string(), context: z.string(), purposes: z.string() })
      .strict()
      .describe("GDPR Art. 35(7)(a)"),
    necessity_and_proportionality: z
      .object({
        lawful_basis: z.string(),
        data_minimisation: z.string(),
        storage_limitation: z.string(),
        processors_and_transfers: z.string(),
      })
      .strict()
      .describe("GDPR Art. 35(7)(b)"),
    risks: z
      .array(
        z
          .object({
            id: z.string(),
            source: z.string(),
            harm: z.string(),
            likelihood: RiskLevelSchema,
            severity: RiskLevelSchema,
          })
          .strict(),
      )
      .describe("GDPR Art. 35(7)(c)"),
    measures: z
      .object({ mitigation_ids: z.array(z.string()), residual_risk: RiskLevelSchema, prior_consultation: z.string() })
      .strict()
      .describe("GDPR Art. 35(7)(d) and Art. 36"),
    decision: z
      .object({
        block_at: RiskLevelSchema,
        warn_at: RiskLevelSchema,
        policy: z.string(),
        reason: z.string(),
        unblock: z
          .string()
          .optional()
          .describe("When blocked: the way past the block (fix the blocking findings, or a dual-signed exception)"),
      })
      .strict(),
    controller: z
      .object({ name: z.string(), dpo_contact: z.string().optional(), country: z.string().optional() })
      .strict()
      .optional(),
    vendor_governance: VendorGovernanceSchema.optional().describe(
      "The receiving vendors' retention, deletion, DPA and sub-processors next to the Genesys side, and every DATA_GOVERNANCE_MISMATCH",
    ),
    exception: z
      .object({
        exception_id: z.string(),
        reason: z.string(),
        ticket: z.string(),
        requester: z.string(),
        approvers: z.array(
          z.object({ id: z.string(), name: z.string(), role: z.string(), signed_at: z.string() }).strict(),
        ),
        not_before: z.string(),
        expires_at: z.string(),
        renews: z.string().optional(),
      })
      .strict()
      .optional()
      .describe("Present when a valid, dual-signed exception turned a block into an approval"),
    exception_notes: z
      .array(z.string())
      .optional()
      .describe("Exceptions considered and not applied, with the rule each broke"),
    acknowledgement_notes: z
      .array(z.string())
      .optional()
      .describe("Acknowledgements that matched a finding and no longer apply (expired)"),
    fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    generator: z.object({ name: z.string(), version: z.string(), catalog_version: z.string() }).strict(),
    disclaimer: z.string(),
  })
  .strict();

export type Dpia = z.infer<typeof DpiaSchema>;
