import type { SchemaBlock } from "./provider-schema";

const META_ARGUMENTS = new Set(["//", "depends_on", "lifecycle", "provider", "count", "for_each", "provisioner", "connection"]);

/** Terraform reads `$${` as a literal `${`; from here on every reader's strings mean the same. */
export function unescapeTerraform(text: string): string {
  return text.includes("$${") ? text.split("$${").join("${") : text;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === "string") return unescapeTerraform(value);
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeValue(item)]));
  }
  return value;
}

/**
 * Gives a resource body the shape Terraform's plan has: nested blocks as arrays (CDKTF writes a
 * single block as an object), no meta-arguments, escapes read. Unknown keys keep their value.
 */
export function normalizeAttributes(body: Record<string, unknown>, schema: SchemaBlock | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (META_ARGUMENTS.has(key) || value === undefined || value === null) continue;
    const blockType = schema?.block_types?.[key];
    if (blockType) {
      const items = Array.isArray(value) ? value : [value];
      result[key] = items.map((item) =>
        item && typeof item === "object" && !Array.isArray(item)
          ? normalizeAttributes(item as Record<string, unknown>, blockType.block)
          : normalizeValue(item),
      );
    } else {
      result[key] = normalizeValue(value);
    }
  }
  return result;
}
