import { z } from "zod";
import {
  DataElementSchema,
  IntegrationTypeSchema,
  LexiconEntrySchema,
  RiskLevelSchema,
  ScopeEntrySchema,
  TopicEntrySchema,
} from "../catalog/schema";

export const POLICY_FILE_NAME = "dpia.policy.json";

export const ThresholdsSchema = z
  .object({
    block_at: RiskLevelSchema.describe("Overall risk at or above which deployment is blocked").optional(),
    warn_at: RiskLevelSchema.describe("Overall risk at or above which a warning is shown").optional(),
    max_token_lifetime_seconds: z.number().int().min(300).optional(),
  })
  .strict();

/** The user's policy file: thresholds and additions or overrides to the built-in catalog. */
export const PolicySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    controller: z
      .object({ name: z.string().min(1), dpo_contact: z.string().min(1).optional() })
      .strict()
      .optional(),
    thresholds: ThresholdsSchema.optional(),
    data_elements: z.array(DataElementSchema).optional().describe("Added, or replacing the built-in entry with the same id"),
    scopes: z.array(ScopeEntrySchema).optional().describe("Replace the built-in entry for the scopes they name"),
    integration_types: z.array(IntegrationTypeSchema).optional().describe("Added, or replacing the built-in type with the same id"),
    lexicon: z.array(LexiconEntrySchema).optional().describe("Extra field-name terms"),
    topics: z.array(TopicEntrySchema).optional(),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;
export type RiskThresholds = Required<z.infer<typeof ThresholdsSchema>>;

export const DEFAULT_THRESHOLDS: RiskThresholds = {
  block_at: "Critical",
  warn_at: "High",
  max_token_lifetime_seconds: 86400,
};
