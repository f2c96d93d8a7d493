import { z } from "zod";

// A state file as Terraform writes it (terraform.tfstate, `terraform state pull`): format version
// 4, with exactly the keys of Terraform's internal/states/statefile/version4.go. test/inventory/
// state-shapes holds a real one. An unknown key is refused; `resources` is always written.

const InstanceSchema = z.strictObject({
  index_key: z.union([z.string(), z.number().int()]).optional(),
  status: z.literal("tainted").optional(),
  deposed: z.string().optional(),
  schema_version: z.number().int().nonnegative(),
  /** Pre-0.12 states hold `attributes_flat` instead until refreshed: refused, as their values cannot be read back as written. */
  attributes: z.record(z.string(), z.unknown()),
  sensitive_attributes: z.array(z.unknown()).optional(),
  /** Resource identity (Terraform 1.12 and later). */
  identity_schema_version: z.number().int().nonnegative().optional(),
  identity: z.unknown().optional(),
  private: z.string().optional(),
  dependencies: z.array(z.string()).optional(),
  create_before_destroy: z.boolean().optional(),
});

const ResourceSchema = z.strictObject({
  module: z.string().optional(),
  mode: z.enum(["managed", "data"]),
  type: z.string(),
  name: z.string(),
  each: z.enum(["list", "map"]).optional(),
  provider: z.string(),
  instances: z.array(InstanceSchema),
});

export const StateFileSchema = z.strictObject({
  version: z.literal(4),
  terraform_version: z.string(),
  serial: z.number().int().nonnegative(),
  lineage: z.string(),
  outputs: z.record(
    z.string(),
    z.strictObject({ value: z.unknown(), type: z.unknown(), sensitive: z.boolean().optional() }),
  ),
  resources: z.array(ResourceSchema),
  check_results: z.array(z.unknown()).nullable().optional(),
});

export type StateFile = z.infer<typeof StateFileSchema>;
