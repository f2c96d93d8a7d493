import { assertConformsToSchema, type SchemaInputProblem } from "./assert-schema";
import { configuredResources } from "../plan-index";
import type { Plan } from "../plan-schema";
import { resourceSchema, type SchemaBlock } from "../provider-schema";
import { SCHEMA_PROVIDER_VERSION } from "../provider-version";
import { resourceBodyProblems } from "./check-body";

type Body = Record<string, unknown>;

function isBody(value: unknown): value is Body {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/**
 * A plan's `expressions` in the shape of a block body: a constant is its value, anything else
 * (references, a function call) is known only at plan time; nested blocks are bodies again.
 */
function expressionsBody(expressions: Body, schema: SchemaBlock): Body {
  const body: Body = {};
  for (const [name, expression] of Object.entries(expressions)) {
    const blockType = schema.block_types?.[name];
    if (blockType) {
      // An expression where a block belongs is the readers' shape check (block-shapes.ts), not repeated here.
      const items = (Array.isArray(expression) ? expression : [expression]).map((item) =>
        isBody(item) && !("constant_value" in item) && !("references" in item)
          ? expressionsBody(item, blockType.block)
          : null,
      );
      body[name] = Array.isArray(expression) ? items : items[0];
    } else {
      body[name] = isBody(expression) && "constant_value" in expression ? expression.constant_value : "${…}";
    }
  }
  return body;
}

/** Whether `module.a.genesyscloud_x.y` or `data.genesyscloud_x.y` names the resource type `genesyscloud_x`. */
function addressNamesType(address: string, type: string): boolean {
  return address.split(".").at(-2) === type;
}

/**
 * Exit 2 when a plan's `configuration` gives a Genesys resource an argument, block or literal the
 * provider schema refuses: Terraform made the plan with its provider, so such a plan was altered
 * (a name the schema lacks, with a provider newer than the schema, is GC-UNK-4's instead).
 */
export function assertPlanConfigurationSchema(configuration: Plan["configuration"], file: string): void {
  const versions = Object.values(configuration.provider_config ?? {}).flatMap((entry) =>
    entry.name === "genesyscloud" && typeof entry.version_constraint === "string" ? [entry.version_constraint] : [],
  );
  const problems: SchemaInputProblem[] = [];
  for (const { item, at } of configuredResources(configuration.root_module).values()) {
    const schema = item.type.startsWith("genesyscloud_")
      ? resourceSchema(item.type, item.mode === "data" ? "data" : "managed")
      : undefined;
    // An entry whose address names another type contradicts itself: the consistency checks name that.
    if (!schema || !addressNamesType(item.address, item.type)) continue;
    const body = expressionsBody(item.expressions ?? {}, schema);
    for (const problem of resourceBodyProblems(body, schema, { json: false, dynamicOmitted: true }))
      problems.push({
        ...(problem.mayDifferByVersion ? { mayDifferByVersion: problem.mayDifferByVersion } : {}),
        file,
        location: `${at}.expressions.${problem.at} (${item.address})`,
        expected: `${problem.expected}, as the genesyscloud provider ${SCHEMA_PROVIDER_VERSION} defines ${item.type}: Terraform would not have planned this configuration`,
      });
  }
  assertConformsToSchema(problems, versions);
}
