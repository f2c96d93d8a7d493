import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { expandDynamicBlocks } from "./hcl/evaluate-body";
import { instanceSuffix } from "./hcl/instances";
import { blockShapeProblems } from "./block-shapes";
import { InputError } from "../validation/input-error";
import { normalizeAttributes } from "./normalize";
import { providerSchema, resourceSchema } from "./provider-schema";
import { terraformJsonDocument, type Body } from "./terraform-json-blocks";

function constructPathOf(body: Body): string | undefined {
  const meta = (body["//"] as { metadata?: { path?: unknown } } | undefined)?.metadata;
  return typeof meta?.path === "string" ? meta.path : undefined;
}

/** One Genesys resource from its type, name and body, normalised the way every reader must. */
export function genesysResource(
  mode: "managed" | "data",
  type: string,
  name: string,
  body: Body,
  location: GenesysResource["location"],
  modulePath = "",
  instanceKey?: number | string,
): GenesysResource {
  const address = `${modulePath}${mode === "data" ? "data." : ""}${type}.${name}${instanceSuffix(instanceKey)}`;
  const schema = resourceSchema(type, mode);
  const problems = blockShapeProblems(body, schema);
  if (problems.length > 0) {
    const file = location.file ?? location.constructPath ?? "configuration";
    throw new InputError(problems.map((problem) => ({ file, location: `${address}.${problem.at}`, expected: problem.expected })));
  }
  return {
    mode,
    type,
    name,
    address,
    attributes: normalizeAttributes(body, schema),
    // HCL gives `provider = genesyscloud.eu` as the expression "${genesyscloud.eu}".
    provider: typeof body.provider === "string" ? body.provider.replace(/^\$\{(.*)\}$/s, "$1").trim() : undefined,
    location,
  };
}

export function genesysProvider(body: Body, location: GenesysResource["location"]): ProviderConfig {
  return {
    alias: typeof body.alias === "string" ? body.alias : undefined,
    attributes: normalizeAttributes(Object.fromEntries(Object.entries(body).filter(([key]) => key !== "alias")), providerSchema()),
    location,
  };
}

/**
 * Reads Terraform JSON configuration (what `cdktf synth` writes as `cdk.tf.json`, and what a
 * CDKTF stack returns from `toTerraform()`) into an inventory of Genesys resources.
 */
export function readTerraformJson(config: unknown, context: { scope: string; origin: string; onWarning?: (message: string) => void }): Inventory {
  const document = terraformJsonDocument(config, context.origin);
  for (const [name, [module]] of Object.entries(document.module)) {
    const source = module?.source;
    context.onWarning?.(
      `module "${name}" (${typeof source === "string" ? source : "unknown source"}) is not assessed: its resources are not in the synthesized configuration; assess the plan JSON (terraform show -json) to include them`,
    );
  }
  const providers: ProviderConfig[] = (document.provider.genesyscloud ?? []).map((body) => genesysProvider(body, { constructPath: constructPathOf(body) }));
  const resources = (["managed", "data"] as const)
    .flatMap((mode) =>
      Object.entries(document[mode === "data" ? "data" : "resource"]).flatMap(([type, byName]) =>
        Object.entries(byName).flatMap(([name, blocks]) => blocks.map((body) => genesysResource(mode, type, name, expandDynamicBlocks(body), { constructPath: constructPathOf(body) }))),
      ),
    )
    .sort((a, b) => a.address.localeCompare(b.address));
  return InventorySchema.parse({ origin: context.origin, scope: context.scope, resources, providers });
}
