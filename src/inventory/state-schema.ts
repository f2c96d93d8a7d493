import { z } from "zod";

// `terraform show -json` of a state (format 1.x), with exactly the keys Terraform writes
// (internal/command/jsonstate): an unknown key is refused, so that a misspelt `resources` or
// `values` is an error, never a state with nothing in it. test/inventory/state-shapes holds a
// real one. Values stay open: they are the provider's.

const StateResourceSchema = z.strictObject({
  address: z.string(),
  mode: z.enum(["managed", "data"]),
  type: z.string(),
  name: z.string(),
  /** The instance key of a resource with count or for_each. */
  index: z.union([z.string(), z.number()]).optional(),
  provider_name: z.string().optional(),
  schema_version: z.number().int().nonnegative().optional(),
  values: z.record(z.string(), z.unknown()).optional(),
  sensitive_values: z.unknown().optional(),
  depends_on: z.array(z.string()).optional(),
  tainted: z.boolean().optional(),
  deposed_key: z.string().optional(),
});

/** Terraform leaves `resources` out of a module that has none (a root module holding only child modules). */
const StateModuleSchema = z.strictObject({
  address: z.string().optional(),
  resources: z.array(StateResourceSchema).optional(),
  get child_modules() {
    return z.array(StateModuleSchema).optional();
  },
});

const StateOutputSchema = z.strictObject({
  sensitive: z.boolean(),
  value: z.unknown().optional(),
  type: z.unknown().optional(),
});

export const StateSchema = z.strictObject({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  /** Terraform omits it when nothing is deployed. */
  values: z
    .strictObject({
      outputs: z.record(z.string(), StateOutputSchema).optional(),
      root_module: StateModuleSchema,
    })
    .optional(),
  /** The results of check blocks and conditions (Terraform 1.5 and later). */
  checks: z.array(z.unknown()).optional(),
});

export type StateModule = z.infer<typeof StateModuleSchema>;
export type StateResource = z.infer<typeof StateResourceSchema>;
