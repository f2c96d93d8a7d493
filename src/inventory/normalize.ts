import { setOwnMember } from "../validation/own-member";
import type { SchemaBlock } from "./provider-schema";

const META_ARGUMENTS = new Set([
  "//",
  "depends_on",
  "lifecycle",
  "provider",
  "count",
  "for_each",
  "provisioner",
  "connection",
]);

/**
 * Attributes that hold JSON as a string. The provider compares them semantically, and CDKTF's
 * JSON.stringify and Terraform's jsonencode order keys differently, so they are read canonically.
 */
const JSON_STRING_ATTRIBUTES = new Set([
  "contract_input",
  "contract_output",
  "properties",
  "advanced",
  "match_criteria",
]);

function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedJson((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function canonicalJsonString(text: string): string {
  try {
    return JSON.stringify(sortedJson(JSON.parse(text)));
  } catch {
    return text;
  }
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/** Terraform reads `$${` as a literal `${`; from here on every reader's strings mean the same. */
function unescapeTerraform(text: string): string {
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
export function normalizeAttributes(
  body: Record<string, unknown>,
  schema: SchemaBlock | undefined,
  nested = false,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    // Unset, empty and null mean the same to the provider; plans list them, configurations omit them.
    // Meta-arguments exist only at the top of a resource: inside a block `count` or `provider` is
    // the provider's own attribute (journey patterns' count, push_integrations' provider).
    if ((!nested && META_ARGUMENTS.has(key)) || isEmpty(value)) continue;
    const blockType = schema?.block_types?.[key];
    if (blockType) {
      const items = Array.isArray(value) ? value : [value];
      setOwnMember(
        result,
        key,
        items.map((item) =>
          item && typeof item === "object" && !Array.isArray(item)
            ? normalizeAttributes(item as Record<string, unknown>, blockType.block, true)
            : normalizeValue(item),
        ),
      );
    } else if (JSON_STRING_ATTRIBUTES.has(key) && typeof value === "string") {
      setOwnMember(result, key, canonicalJsonString(unescapeTerraform(value)));
    } else {
      setOwnMember(result, key, normalizeValue(value));
    }
  }
  return result;
}
