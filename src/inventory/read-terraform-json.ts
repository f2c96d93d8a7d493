import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { expandDynamicBlocks } from "./hcl/evaluate-body";
import { normalizeAttributes } from "./normalize";
import { providerSchema, resourceSchema } from "./provider-schema";
import { bodies, labelled, rootObject, type Body } from "./terraform-json-blocks";

const GENESYS_PREFIX = "genesyscloud_";

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
    attributes: normalizeAttributes(expandDynamicBlocks(body), resourceSchema(type, mode)),
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

function readBlocks(section: unknown, mode: "managed" | "data", file: string): GenesysResource[] {
  const kind = mode === "data" ? "data" : "resource";
  const resources: GenesysResource[] = [];
  for (const [type, byName] of labelled(section, kind, file)) {
    if (!type.startsWith(GENESYS_PREFIX)) continue;
    for (const [name, rawBody] of labelled(byName, `${kind}.${type}`, file)) {
      for (const body of bodies(rawBody, `${kind}.${type}.${name}`, file)) resources.push(genesysResource(mode, type, name, body, { constructPath: constructPathOf(body) }));
    }
  }
  return resources;
}

/** The genesyscloud provider blocks of a Terraform JSON configuration (none, one or aliased ones). */
export function genesysProviderBodies(root: Body, file: string): Body[] {
  const entry = labelled(root.provider, "provider", file).filter(([name]) => name === "genesyscloud");
  return entry.flatMap(([, value]) => bodies(value, "provider.genesyscloud", file));
}

/**
 * Reads Terraform JSON configuration (what `cdktf synth` writes as `cdk.tf.json`, and what a
 * CDKTF stack returns from `toTerraform()`) into an inventory of Genesys resources.
 */
export function readTerraformJson(config: unknown, context: { scope: string; origin: string; onWarning?: (message: string) => void }): Inventory {
  const root = rootObject(config, context.origin);
  for (const [name, value] of labelled(root.module, "module", context.origin)) {
    const source = bodies(value, `module.${name}`, context.origin)[0]?.source;
    context.onWarning?.(
      `module "${name}" (${typeof source === "string" ? source : "unknown source"}) is not assessed: its resources are not in the synthesized configuration; assess the plan JSON (terraform show -json) to include them`,
    );
  }
  const providers: ProviderConfig[] = genesysProviderBodies(root, context.origin).map((body) => genesysProvider(body, { constructPath: constructPathOf(body) }));
  const resources = [...readBlocks(root.resource, "managed", context.origin), ...readBlocks(root.data, "data", context.origin)].sort((a, b) =>
    a.address.localeCompare(b.address),
  );
  return InventorySchema.parse({ origin: context.origin, scope: context.scope, resources, providers });
}
