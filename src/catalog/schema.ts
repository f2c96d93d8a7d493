import { z } from "zod";

export const CATALOG_SCHEMA_VERSION = "1.0";

export const RiskLevelSchema = z.enum(["Low", "Medium", "High", "Critical"]);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/** How the law treats a data element: GDPR Art. 4(1), 9, 10, communications content, PCI DSS. */
const RegulatoryCategorySchema = z.enum([
  "personal_data",
  "communications_content",
  "special_category",
  "criminal_offence",
  "payment_card",
  "payment_sensitive_authentication",
  "unknown",
]);

const snakeId = z.string().regex(/^[a-z][a-z0-9_]*$/, "a snake_case identifier");

/** A fideslang data category key (`user.contact.email`): dotted snake_case, as fides_key values are. */
export const FidesDataCategorySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, "a fideslang data category key such as user.contact.email");

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
    fides_data_categories: z
      .array(FidesDataCategorySchema)
      .min(1)
      .optional()
      .describe(
        "The fideslang data categories this element carries (default taxonomy keys, or your fides taxonomy's own), so that fides users can read the DPIA in their terms",
      ),
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

const PermissionEntrySchema = z
  .object({
    entity: z.string().min(1),
    actions: z.array(z.string().min(1)).min(1),
    data_elements: z.array(snakeId).min(1),
    note: z.string().optional(),
  })
  .strict();

const PermissionDomainSchema = z
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
    vendor: z.string().optional().describe("The recipient, when the type names it (e.g. Salesforce)"),
    data_elements_without_actions: z.array(snakeId),
  })
  .strict();

const countryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code");

const RegionSchema = z
  .object({
    aws_region: z.string().min(1),
    domain: z.string().min(1),
    name: z.string(),
    country: z.union([countryCode, z.literal("")]).describe("'' for Genesys-internal environments"),
    acd_email_transit_region: z
      .string()
      .nullable()
      .describe("AWS region ACD email passes through (Genesys 'AWS regions for ACD email')"),
    email_stored_in_transit: z.boolean(),
  })
  .strict();

const AwsRegionSchema = z.object({ aws_region: z.string().min(1), country: countryCode }).strict();

const AdequacyDecisionSchema = z
  .object({
    country: countryCode,
    name: z.string(),
    scope: z.enum(["full", "partial"]),
    scope_note: z.string().optional(),
    instrument: z.string(),
    expires: z.string().nullable(),
  })
  .strict();

/** Who else a UK or Swiss org may send data to without further safeguards. */
const DataBridgeSchema = z
  .object({
    note: z.string(),
    includes_eea: z.boolean(),
    includes_eu_adequate: z.boolean(),
    additional: z.array(countryCode),
    us_with_dpf: z.boolean(),
  })
  .strict();

/**
 * A cloud provider whose standard terms, accepted by every customer, include transfer safeguards: what an org's own
 * account there rests on until the allow-list says otherwise.
 */
const ProcessorTermsSchema = z
  .object({
    vendor: z.string().min(1).describe("The vendor as a destination names it (`Amazon Web Services`)"),
    terms: z.string().min(1).describe("The terms and the safeguard they include, as a noun phrase the DPIA quotes"),
    source: z
      .string()
      .regex(/^https:\/\//, "an https URL")
      .describe("Where the provider says so"),
    not_in_regions: z
      .array(z.string())
      .describe("Regions run under other terms (AWS China's, by local operators), which these terms do not cover"),
  })
  .strict();

const JurisdictionsSchema = z
  .object({
    as_of: z.string(),
    eea: z.array(countryCode),
    eu_adequacy: z.array(AdequacyDecisionSchema),
    uk_adequacy: DataBridgeSchema,
    ch_adequacy: DataBridgeSchema,
    processor_terms: z.array(ProcessorTermsSchema),
  })
  .strict();

const MiddlewareHostSchema = z.object({ suffix: z.string().min(1), vendor: z.string().min(1) }).strict();

export const LexiconEntrySchema = z
  .object({
    kind: snakeId,
    terms: z
      .array(z.string().min(1))
      .min(1)
      .describe("Words of a field name (English and abbreviations), lower case, space separated"),
    translations: z
      .record(z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 language code"), z.array(z.string().min(1)).min(1))
      .optional()
      .describe(
        "The same terms in other languages, by ISO 639-1 code; accents may be written, they are folded before matching",
      ),
    not_after: z.array(z.string()).optional().describe("Words that, directly before the term, mean something else"),
    not_before: z
      .array(z.string())
      .optional()
      .describe("Words that, directly after the term, mean something else (`adresse IP`)"),
  })
  .strict();

export const TopicEntrySchema = z
  .object({
    pattern: z.string().min(1).describe("Topic prefix; {id} matches any single segment"),
    data_elements: z.array(snakeId),
  })
  .strict();

/** A dot path into a resource's attributes; a nested block or object is traversed, all its items. */
const attributePath = z
  .string()
  .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, "a dot path of attribute names, e.g. auto_bcc.email");

/**
 * What a provider resource type can do with personal data. high: can move it out of the org, widen
 * who can read it, or keep it in code or state; low: touches it only indirectly; none: holds none.
 */
const ResourceTypeEntrySchema = z
  .object({
    relevance: z.enum(["none", "low", "high"]),
    why: z.string().min(10).describe("What the type does with personal data, in the DPO's words"),
    destination_attributes: z
      .array(attributePath)
      .describe(
        "Attributes naming where data goes: URLs, hosts, emails, phone numbers, ARNs, SIP addresses, media regions, folders on the machine running Terraform, or the resource that sends it on",
      ),
    personal_data_attributes: z
      .array(z.object({ path: attributePath, element: snakeId.describe("A data element id") }).strict())
      .describe("Attributes whose literal values are personal data"),
    secret_attributes: z
      .array(attributePath)
      .describe("Attributes that hold secrets (tokens, passwords, client secrets)"),
    data_categories: z.array(snakeId).describe("Data elements the type can reach"),
  })
  .strict();

export const ResourceTypesSchema = z
  .object({
    provider_version: z.string().regex(/^\d+\.\d+\.\d+$/, "the provider version the catalog was made for, e.g. 1.84.1"),
    resource_types: z.record(
      z.string().regex(/^genesyscloud_[a-z0-9_]+$/, "a genesyscloud_ resource type"),
      ResourceTypeEntrySchema,
    ),
  })
  .strict();

const PlatformApiEffectSchema = z
  .object({
    effect: z
      .enum(["read", "write", "changes_access", "sends_out", "executes_action"])
      .describe(
        "read or write inside the org; changes_access: a write inside the org that changes who may read its data (roles, grants, OAuth clients); sends_out: the data leaves the org; executes_action: runs another data action",
      ),
    why: z.string().min(10).describe("What the operation does with the data, in the DPO's words"),
    recipient: z.string().min(1).optional().describe("The request-body field that names who receives the data"),
    mailbox: z.literal(true).optional().describe("The recipient field holds email addresses"),
    recipient_required: z
      .literal(true)
      .optional()
      .describe("Nothing leaves the org when the request body cannot name the recipient field"),
    stays_in_org_when: z
      .object({ field: z.string().min(1), equals: z.string().min(1) })
      .strict()
      .optional()
      .describe("A request-body field whose value, written literally, keeps the operation inside the org"),
  })
  .strict();

const PlatformApiSchema = z
  .object({
    source: z
      .object({
        package: z.string().min(1),
        version: z.string().regex(/^\d+\.\d+\.\d+$/, "the SDK version the catalog was generated from"),
        from: z.string().min(1),
        generated_by: z.string().min(1),
        operations: z.number().int().positive(),
        operations_by_effect: z.record(z.string(), z.number().int().nonnegative()),
      })
      .strict()
      .describe("Where the operations come from: the Platform API's published SDK, its version"),
    effects: z.array(PlatformApiEffectSchema).min(2),
    paths: z
      .record(
        z.string().regex(/^\/api\/v2\//, "a Platform API path template"),
        z.partialRecord(z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]), z.number().int().nonnegative()),
      )
      .describe("Path template ({param} matches one segment) → method → index in effects"),
  })
  .strict()
  .superRefine((api, context) => {
    for (const [template, methods] of Object.entries(api.paths))
      for (const [method, index] of Object.entries(methods))
        if (index >= api.effects.length)
          context.addIssue({ code: "custom", path: ["paths", template, method], message: "names no entry of effects" });
  });

export const CatalogSchema = z
  .object({
    version: z.string(),
    data_elements: z.array(DataElementSchema),
    scopes: z.array(ScopeEntrySchema),
    permission_domains: z.array(PermissionDomainSchema),
    integration_types: z.array(IntegrationTypeSchema),
    regions: z.array(RegionSchema),
    aws_regions: z.array(AwsRegionSchema),
    jurisdictions: JurisdictionsSchema,
    middleware_hosts: z.array(MiddlewareHostSchema),
    free_text_endpoints: z
      .array(z.string().regex(/^\/api\/v2\//))
      .describe("Genesys API paths whose payloads are free text; {id} matches one segment"),
    lexicon: z.array(LexiconEntrySchema),
    topics: z.array(TopicEntrySchema),
    resourceTypes: ResourceTypesSchema.describe("Every resource type of the provider, classified"),
    platformApi: PlatformApiSchema.describe("Every Platform API operation by what it does with the data"),
  })
  .strict();

export type DataElement = z.infer<typeof DataElementSchema>;
export type ScopeEntry = z.infer<typeof ScopeEntrySchema>;
export type PermissionDomain = z.infer<typeof PermissionDomainSchema>;
export type IntegrationType = z.infer<typeof IntegrationTypeSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type ResourceTypeEntry = z.infer<typeof ResourceTypeEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type PlatformApi = z.infer<typeof PlatformApiSchema>;
