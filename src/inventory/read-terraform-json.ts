import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { expandDynamicBlocks } from "./hcl/evaluate-body";
import { normalizeAttributes } from "./normalize";
import { providerSchema, resourceSchema } from "./provider-schema";
import { genesysVersionConstraints } from "./provider-version";
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
): GenesysResource {
  return {
    mode,
    type,
    name,
    address: `${modulePath}${mode === "data" ? "data." : ""}${type}.${name}`,
    attributes: normalizeAttributes(body, resourceSchema(type, mode)),
    provider: typeof body.provider === "string" ? body.provider : undefined,
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
  const versions = genesysVersionConstraints((config as Record<string, unknown>).terraform);
  return InventorySchema.parse({ origin: context.origin, scope: context.scope, resources, providers, ...(versions.length > 0 ? { genesysVersionConstraints: versions } : {}) });
}
