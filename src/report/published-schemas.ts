import { CatalogSchema, DataElementSchema } from "../catalog/schema";
import { DpiaSchema } from "../dpia/schema";
import { PolicySchema } from "../policy/schema";
import { TrustRootSchema } from "../trust/schema";
import { jsonSchemaOf } from "../validation/schema-validator";
import { VendorRecordSchema } from "../vendors/schema";
import { GateReportDocumentSchema } from "./gate-report-schema";

const BASE = "https://genesys-dpia-gate.dev/schemas";

/** Every JSON Schema the project publishes, by file name under schemas/. */
export function publishedSchemas(): Record<string, Record<string, unknown>> {
  return {
    "dpia.schema.json": jsonSchemaOf(DpiaSchema, `${BASE}/dpia.schema.json`),
    "policy.schema.json": jsonSchemaOf(PolicySchema, `${BASE}/policy.schema.json`),
    "catalog.schema.json": jsonSchemaOf(CatalogSchema, `${BASE}/catalog.schema.json`),
    "data-element.schema.json": jsonSchemaOf(DataElementSchema, `${BASE}/data-element.schema.json`),
    "vendor-record.schema.json": jsonSchemaOf(VendorRecordSchema, `${BASE}/vendor-record.schema.json`),
    "trust-root.schema.json": jsonSchemaOf(TrustRootSchema, `${BASE}/trust-root.schema.json`),
    "gate-report.schema.json": jsonSchemaOf(GateReportDocumentSchema, `${BASE}/gate-report.schema.json`),
  };
}
