// The zod schemas whose quick validator `npm run build` compiles ahead of time (ajv standalone code in
// dist/src/validation/precompiled/): every schema a gate, drift or exception command validates user input or a
// DPIA against. A schema not listed is still validated, compiled when first used.
export const PRECOMPILED_SCHEMAS = [
  // Every DPIA, before it is written or recorded: on every run.
  { name: "dpia", module: "src/dpia/schema", exportName: "DpiaSchema" },
  { name: "plan", module: "src/inventory/plan-schema", exportName: "PlanSchema" },
  { name: "state", module: "src/inventory/state-schema", exportName: "StateSchema" },
  { name: "state-file", module: "src/inventory/state-file-schema", exportName: "StateFileSchema" },
  { name: "policy", module: "src/policy/schema", exportName: "PolicySchema" },
  { name: "exceptions-file", module: "src/exceptions/schema", exportName: "ExceptionsFileSchema" },
  { name: "trust-root", module: "src/trust/schema", exportName: "TrustRootSchema" },
  { name: "vendor-record", module: "src/vendors/schema", exportName: "VendorRecordSchema" },
  { name: "proof-file", module: "src/register/proof-file", exportName: "ProofFileSchema" },
] as const;
