import { IDENTIFIER_SOURCE } from "./terraform-identifier";

/** `${genesyscloud_x.y` or `${data.genesyscloud_x.y`, the name a Terraform identifier (Unicode ones included). */
const MODULE_RELATIVE = new RegExp(String.raw`\$\{((?:data\.)?genesyscloud_[a-z0-9_]+\.${IDENTIFIER_SOURCE})`, "gu");

/**
 * References inside a module are relative to it: `${genesyscloud_x.y.id}` in module `m` means
 * `${module.m.genesyscloud_x.y.id}` (instance keys of the module included). Without the prefix a
 * module's action would not find its own integration.
 */
export function prefixReferences(value: unknown, prefix: string): unknown {
  if (!prefix) return value;
  if (typeof value === "string") return value.replace(MODULE_RELATIVE, (_m, ref: string) => `\${${prefix}${ref}`);
  if (Array.isArray(value)) return value.map((item) => prefixReferences(item, prefix));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, prefixReferences(item, prefix)]));
  return value;
}
