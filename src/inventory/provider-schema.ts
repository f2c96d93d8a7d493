import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../validation/input-error";

/** The parts of `terraform providers schema -json` that readers need to normalise and check blocks. */
interface SchemaBlock {
  attributes?: Record<
    string,
    { type: unknown; description?: string; required?: boolean; optional?: boolean; computed?: boolean }
  >;
  block_types?: Record<string, { nesting_mode: string; block: SchemaBlock; min_items?: number; max_items?: number }>;
}

const SCHEMA_FILE = path.resolve(__dirname, "..", "..", "provider-schema", "genesyscloud.json");
const PROVIDER_KEY = "registry.terraform.io/mypurecloud/genesyscloud";

let cached:
  | { provider: SchemaBlock; resources: Record<string, SchemaBlock>; dataSources: Record<string, SchemaBlock> }
  | undefined;

function load() {
  if (!cached) {
    let raw: {
      provider_schemas?: Record<
        string,
        {
          provider: { block: SchemaBlock };
          resource_schemas: Record<string, { block: SchemaBlock }>;
          data_source_schemas?: Record<string, { block: SchemaBlock }>;
        }
      >;
    };
    try {
      raw = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
    } catch (error) {
      throw new InputError([
        {
          file: SCHEMA_FILE,
          location: "",
          expected: `a readable provider schema in the format of terraform providers schema -json (${(error as Error).message})`,
        },
      ]);
    }
    const provider = raw.provider_schemas?.[PROVIDER_KEY];
    if (!provider?.provider?.block || !provider.resource_schemas) {
      throw new InputError([
        {
          file: SCHEMA_FILE,
          location: `provider_schemas["${PROVIDER_KEY}"]`,
          expected: "the provider block and resource_schemas of mypurecloud/genesyscloud",
        },
      ]);
    }
    const blockOf = (entries: Record<string, { block: SchemaBlock }>): Record<string, SchemaBlock> =>
      Object.setPrototypeOf(
        Object.fromEntries(Object.entries(entries).map(([type, entry]) => [type, entry.block])),
        null,
      );
    cached = {
      provider: provider.provider.block,
      resources: blockOf(provider.resource_schemas),
      dataSources: blockOf(provider.data_source_schemas ?? {}),
    };
  }
  return cached;
}

/** The blocks already given out, their maps without prototypes. */
const prepared = new WeakSet<SchemaBlock>();

/**
 * Readers look attributes and block types up by the names a configuration uses. With no prototype,
 * a name such as `constructor`, `toString` or `__proto__` is not found, instead of finding one of
 * Object's own members and reading it as a block. Done to a block when it is first given out, not to
 * the whole file when it is read (a reviver over every value doubled the parse, issue 28).
 */
function withoutPrototypes(block: SchemaBlock | undefined): SchemaBlock | undefined {
  if (!block || prepared.has(block)) return block;
  prepared.add(block);
  if (block.attributes) Object.setPrototypeOf(block.attributes, null);
  if (block.block_types) {
    Object.setPrototypeOf(block.block_types, null);
    for (const nested of Object.values(block.block_types)) withoutPrototypes(nested.block);
  }
  return block;
}

export function resourceSchema(type: string, mode: "managed" | "data" = "managed"): SchemaBlock | undefined {
  const schema = load();
  return withoutPrototypes(mode === "managed" ? schema.resources[type] : schema.dataSources[type]);
}

export function providerSchema(): SchemaBlock {
  return withoutPrototypes(load().provider)!;
}

export function knownResourceTypes(): string[] {
  return Object.keys(load().resources).sort();
}

export type { SchemaBlock };
