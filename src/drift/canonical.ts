import { canonicalJson } from "../dpia/fingerprint";
import { parseTemplate } from "../inventory/expressions";
import { resourceSchema, type SchemaBlock } from "../inventory/provider-schema";
import type { ConfigurationSnapshot } from "./model";

type Json = unknown;

function isSetType(type: unknown): boolean {
  return Array.isArray(type) && type[0] === "set";
}

function sortedSet(items: Json[]): Json[] {
  return [...items].sort((a, b) =>
    canonicalJson(a) < canonicalJson(b) ? -1 : canonicalJson(a) > canonicalJson(b) ? 1 : 0,
  );
}

/** The default the provider documents for an attribute ("Defaults to `active`."), as text. */
function documentedDefault(description: string | undefined): string | undefined {
  return description ? /Defaults to `([^`]*)`/.exec(description)?.[1] : undefined;
}

/**
 * Set-typed attributes and set blocks in the provider schema have no order: sort them so order is
 * never drift. An attribute set to its documented default, or to "" or [], means the same as one left
 * out (the live org, state and an export show values that the code never wrote): drop it.
 */
function withoutSetOrder(value: Json, block: SchemaBlock | undefined): Json {
  if (!value || typeof value !== "object" || Array.isArray(value) || !block) return value;
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value as Record<string, Json>)) {
    // State and the API write "" and [] for what the configuration leaves unset.
    if (item === "" || item === null || (Array.isArray(item) && item.length === 0)) continue;
    const fallback = documentedDefault(block.attributes?.[key]?.description);
    if (
      fallback !== undefined &&
      (typeof item === "string" || typeof item === "number" || typeof item === "boolean") &&
      String(item) === fallback
    )
      continue;
    const nested = block.block_types?.[key];
    if (nested && Array.isArray(item)) {
      const items = item.map((entry) => withoutSetOrder(entry, nested.block));
      out[key] = nested.nesting_mode === "set" ? sortedSet(items) : items;
    } else if (Array.isArray(item) && isSetType(block.attributes?.[key]?.type)) out[key] = sortedSet(item);
    else out[key] = item;
  }
  return out;
}

/** The name a resource is known by in the org, independent of its Terraform address. */
export function identityOf(resource: { type: string; attributes: Record<string, unknown> }): string | undefined {
  const config = resource.attributes.config;
  const configName = Array.isArray(config) ? (config[0] as Record<string, unknown> | undefined)?.name : undefined;
  const name = resource.attributes.name ?? configName;
  return typeof name === "string" && !/\$\{/.test(name) ? `${resource.type}:${name}` : undefined;
}

/**
 * A snapshot in the form drift compares: set order removed, and references to resources of the same
 * snapshot written by the target's identity, so that an export or the live org (other addresses, the
 * same resources) compares equal to the code that was approved.
 */
export function comparableSnapshot(snapshot: ConfigurationSnapshot): ConfigurationSnapshot {
  const identities = new Map(
    snapshot.resources.map((resource) => [resource.address, identityOf(resource) ?? resource.address]),
  );
  const rewrite = (value: Json): Json => {
    if (typeof value === "string") {
      if (!value.includes("${")) return value;
      return parseTemplate(value)
        .map((part) =>
          part.kind === "reference" && identities.has(part.address)
            ? `\${ref:${identities.get(part.address)}${part.attribute ? `.${part.attribute}` : ""}}`
            : part.kind === "literal"
              ? part.text
              : `\${${part.expression}}`,
        )
        .join("");
    }
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value as Record<string, Json>).map(([key, item]) => [key, rewrite(item)]),
      );
    return value;
  };
  return {
    providers: snapshot.providers,
    resources: snapshot.resources.map((resource) => ({
      ...resource,
      attributes: rewrite(withoutSetOrder(resource.attributes, resourceSchema(resource.type))) as Record<
        string,
        unknown
      >,
    })),
  };
}
