import { z } from "zod";

export const CATALOG_SCHEMA_VERSION = "1.0";

export const RiskLevelSchema = z.enum(["Low", "Medium", "High", "Critical"]);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/** How the law treats a data element: GDPR Art. 4(1), 9, 10, communications content, PCI DSS. */
export const RegulatoryCategorySchema = z.enum([
  "personal_data",
  "communications_content",
  "special_category",
  "criminal_offence",
  "payment_card",
  "payment_sensitive_authentication",
  "unknown",
]);

const snakeId = z.string().regex(/^[a-z][a-z0-9_]*$/, "a snake_case identifier");

/** A kind of personal data the engine can find in a configuration, in the shape of the seed's schema. */
export const DataElementSchema = z
  .object({
    id: snakeId,
    name: z.string().min(1),
    source_api_endpoint: z.string().describe("Genesys Cloud API path that returns this data, or '' when none"),
    fields: z.array(z.string()).describe("Typical field names that carry it"),
    regulatory_category: RegulatoryCategorySchema,
    risk_level: RiskLevelSchema,
    default_retention_days: z.number().int().nonnegative().nullable(),
    encryption_required: z.boolean(),
    data_subjects: z.enum(["customers", "employees", "customers_and_employees"]),
    legal_reference: z.string().optional(),
  })
  .strict();

export const ScopeEntrySchema = z
  .object({
    scopes: z.array(z.string().min(1)).min(1),
    reach: z.enum(["customer", "employee", "customer_and_employee", "indirect", "none"]),
    data_elements: z.array(snakeId),
    unlocks: z.string(),
  })
  .strict();

export const PermissionEntrySchema = z
  .object({
    entity: z.string().min(1),
    actions: z.array(z.string().min(1)).min(1),
    data_elements: z.array(snakeId).min(1),
    note: z.string().optional(),
  })
  .strict();

export const PermissionDomainSchema = z
  .object({
    domain: z.string().min(1),
    personal_data: z.array(PermissionEntrySchema),
  })
  .strict();

export const IntegrationTypeSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    direction: z.enum(["outbound", "inbound", "internal", "embedded"]),
    third_party: z.enum(["yes", "no", "possibly"]),
    recipient: z.string(),
    processing_nature: z.string(),
    data_elements_without_actions: z.array(snakeId),
  })
  .strict();

export const RegionSchema = z
  .object({
    aws_region: z.string().min(1),
    domain: z.string().min(1),
    name: z.string(),
    country: z.string().regex(/^([A-Z]{2}|)$/, "an ISO 3166 alpha-2 code, or '' when not a country"),
    eea: z.boolean(),
    eu_adequacy: z.enum(["yes", "no", "partial", "not_applicable"]),
  })
  .strict();

export const LexiconEntrySchema = z
  .object({
    kind: snakeId,
    terms: z.array(z.string().min(1)).min(1).describe("Words of a field name, lower case, space separated"),
    not_after: z.array(z.string()).optional().describe("Words that, directly before the term, mean something else"),
  })
  .strict();

export const TopicEntrySchema = z
  .object({
    pattern: z.string().min(1).describe("Topic prefix; {id} matches any single segment"),
    data_elements: z.array(snakeId),
  })
  .strict();

export const CatalogSchema = z
  .object({
    version: z.string(),
    data_elements: z.array(DataElementSchema),
    scopes: z.array(ScopeEntrySchema),
    permission_domains: z.array(PermissionDomainSchema),
    integration_types: z.array(IntegrationTypeSchema),
    regions: z.array(RegionSchema),
    lexicon: z.array(LexiconEntrySchema),
    topics: z.array(TopicEntrySchema),
  })
  .strict();

export type DataElement = z.infer<typeof DataElementSchema>;
export type ScopeEntry = z.infer<typeof ScopeEntrySchema>;
export type PermissionDomain = z.infer<typeof PermissionDomainSchema>;
export type IntegrationType = z.infer<typeof IntegrationTypeSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type TopicEntry = z.infer<typeof TopicEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
