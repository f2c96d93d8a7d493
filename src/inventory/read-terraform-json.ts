import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { normalizeAttributes } from "./normalize";
import { providerSchema, resourceSchema } from "./provider-schema";

const GENESYS_PREFIX = "genesyscloud_";

type Body = Record<string, unknown>;

function constructPathOf(body: Body): string | undefined {
  const meta = (body["//"] as { metadata?: { path?: unknown } } | undefined)?.metadata;
  return typeof meta?.path === "string" ? meta.path : undefined;
}

function asBodies(value: unknown): Body[] {
  if (Array.isArray(value)) return value.filter((item): item is Body => !!item && typeof item === "object");
  return value && typeof value === "object" ? [value as Body] : [];
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

function readBlocks(section: unknown, mode: "managed" | "data"): GenesysResource[] {
  const resources: GenesysResource[] = [];
  if (!section || typeof section !== "object") return resources;
  for (const [type, byName] of Object.entries(section as Record<string, unknown>)) {
    if (!type.startsWith(GENESYS_PREFIX) || !byName || typeof byName !== "object") continue;
    for (const [name, rawBody] of Object.entries(byName as Record<string, unknown>)) {
      for (const body of asBodies(rawBody)) resources.push(genesysResource(mode, type, name, body, { constructPath: constructPathOf(body) }));
    }
  }
  return resources;
}

/**
 * Reads Terraform JSON configuration (what `cdktf synth` writes as `cdk.tf.json`, and what a
 * CDKTF stack returns from `toTerraform()`) into an inventory of Genesys resources.
 */
export function readTerraformJson(config: unknown, context: { scope: string; origin: string }): Inventory {
  const root = (config && typeof config === "object" ? config : {}) as Body;
  const providers: ProviderConfig[] = asBodies((root.provider as Body | undefined)?.genesyscloud).map((body) => genesysProvider(body, { constructPath: constructPathOf(body) }));
  const resources = [...readBlocks(root.resource, "managed"), ...readBlocks(root.data, "data")].sort((a, b) =>
    a.address.localeCompare(b.address),
  );
  return InventorySchema.parse({ origin: context.origin, scope: context.scope, resources, providers });
}
