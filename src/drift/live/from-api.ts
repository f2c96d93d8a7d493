import { resourceSchema, type SchemaBlock } from "../../inventory/provider-schema";

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

function isPrimitiveType(type: unknown): boolean {
  return type === "string" || type === "number" || type === "bool";
}

/**
 * An API entity in the provider's attribute names, guided by the provider schema: `camelCase` API
 * fields become the schema's `snake_case` attributes, objects become blocks (lists of one), and an
 * object where the schema has a string (JSON kept as text, e.g. match criteria) becomes its JSON.
 * Fields the schema does not know are left out, as the provider leaves them out of state.
 */
function attributesFromApi(
  entity: Record<string, unknown>,
  block: SchemaBlock | undefined,
  renames: Record<string, string> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!block) return out;
  const pick = (name: string) => entity[renames[name] ?? camel(name)] ?? entity[name];
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    if (name === "id") continue;
    const value = pick(name);
    if (value === undefined || value === null) continue;
    if (isPrimitiveType(attribute.type) && typeof value === "object") out[name] = JSON.stringify(value);
    else out[name] = value;
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const value = pick(name);
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? value : [value];
    out[name] = items
      .filter((item): item is Record<string, unknown> => !!item && typeof item === "object")
      .map((item) => attributesFromApi(item, nested.block));
  }
  return out;
}

export function attributesOf(
  type: string,
  entity: Record<string, unknown>,
  renames?: Record<string, string>,
): Record<string, unknown> {
  return attributesFromApi(entity, resourceSchema(type), renames);
}
