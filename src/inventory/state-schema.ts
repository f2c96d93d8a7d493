import { z } from "zod";

/**
 * The parts of `terraform show -json` output of a state (format 1.x) the state reader uses. Objects
 * are loose: Terraform adds fields between versions; what is read must have the shape read.
 */
const StateResourceSchema = z.looseObject({
  address: z.string(),
  mode: z.enum(["managed", "data"]),
  type: z.string(),
  name: z.string(),
  /** The instance key of a resource with count or for_each. */
  index: z.unknown().optional(),
  values: z.record(z.string(), z.unknown()).optional(),
});

const StateModuleSchema = z.looseObject({
  resources: z.array(StateResourceSchema).optional(),
  get child_modules() {
    return z.array(StateModuleSchema).optional();
  },
});

export const StateSchema = z.looseObject({
  format_version: z.string(),
  /** Terraform omits it when nothing is deployed. */
  values: z.looseObject({ root_module: StateModuleSchema }).optional(),
});

export type StateModule = z.infer<typeof StateModuleSchema>;
export type StateResource = z.infer<typeof StateResourceSchema>;
