import { z } from "zod";

/**
 * The parts of `terraform show -json` output (plan format 1.x) the plan reader uses. Objects are
 * loose: Terraform adds fields between versions; what is read must have the shape read.
 */
const JsonObject = z.record(z.string(), z.unknown());

const PlannedResource = z.looseObject({
  address: z.string(),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  values: JsonObject.optional(),
  /** `true` where a value is sensitive, mirroring `values`. */
  sensitive_values: z.unknown().optional(),
});

/** One entry of `resource_changes`: what Terraform will do to one resource instance. */
const ResourceChange = z.looseObject({
  address: z.string(),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  change: z.looseObject({
    actions: z.array(z.string()).min(1),
    /** The values after the change; unknown values are left out (object keys) or null (list elements). */
    after: z.unknown().optional(),
    /** `true` where `after` is known only after apply, mirroring its structure. */
    after_unknown: z.unknown().optional(),
    /** `true` where a value of `after` is sensitive (shown, or left out by tools that redact it). */
    after_sensitive: z.unknown().optional(),
  }),
});

const PlannedModule = z.looseObject({
  resources: z.array(PlannedResource).optional(),
  get child_modules() {
    return z.array(PlannedModule).optional();
  },
});

const ConfiguredResource = z.looseObject({
  address: z.string(),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  provider_config_key: z.string().optional(),
  expressions: JsonObject.optional(),
  /** Present when the block has `count` / `for_each` (and its expression is not empty): it may have no instance. */
  count_expression: z.unknown().optional(),
  for_each_expression: z.unknown().optional(),
});

const ConfigModule = z.looseObject({
  resources: z.array(ConfiguredResource).optional(),
  get module_calls() {
    return z
      .record(
        z.string(),
        z.looseObject({
          source: z.string().optional(),
          module: ConfigModule.optional(),
          count_expression: z.unknown().optional(),
          for_each_expression: z.unknown().optional(),
        }),
      )
      .optional();
  },
});

export const PlanSchema = z.looseObject({
  format_version: z.string(),
  /** false for a plan made with -target: it does not plan every configured resource. */
  complete: z.boolean().optional(),
  /** false for a plan that changes nothing (a destroy plan of nothing, a plan with only no-op changes). */
  applyable: z.boolean().optional(),
  variables: z.record(z.string(), z.looseObject({ value: z.unknown().optional() })).optional(),
  planned_values: z.looseObject({ root_module: PlannedModule.optional() }),
  /** The state the plan starts from: data sources read while planning are there, and only there. */
  prior_state: z
    .looseObject({ values: z.looseObject({ root_module: PlannedModule.optional() }).optional() })
    .optional(),
  /** Terraform omits it when nothing is planned. */
  resource_changes: z.array(ResourceChange).optional(),
  configuration: z.looseObject({
    provider_config: z
      .record(
        z.string(),
        z.looseObject({ name: z.string(), alias: z.string().optional(), expressions: JsonObject.optional() }),
      )
      .optional(),
    root_module: ConfigModule.optional(),
  }),
});

export type Plan = z.infer<typeof PlanSchema>;
export type PlannedModule = z.infer<typeof PlannedModule>;
export type PlannedResource = z.infer<typeof PlannedResource>;
export type ConfiguredResource = z.infer<typeof ConfiguredResource>;
export type ConfigModule = z.infer<typeof ConfigModule>;
