import { resourceTypeInfo } from "../../catalog/lookup";
import { resourceSchema, type SchemaBlock } from "../../inventory/provider-schema";
import { declareRule } from "../rule";

/** Keys that are Terraform's own, not the provider's (the readers keep `provider` for aliases). */
const TERRAFORM_KEYS = new Set([
  "provider",
  "depends_on",
  "lifecycle",
  "count",
  "for_each",
  "provisioner",
  "connection",
  "//",
]);

/**
 * Every key, at any depth of nested blocks, that the block's schema does not have: "config[0].notez". A "//" key is
 * a comment in JSON syntax in every block, nested ones included (terraform validate accepts it there).
 */
function unknownKeys(body: Record<string, unknown>, schema: SchemaBlock, at: string): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const where = at ? `${at}.${key}` : key;
    const blockType = schema.block_types?.[key];
    if (blockType) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === "object" && !Array.isArray(item))
          found.push(...unknownKeys(item as Record<string, unknown>, blockType.block, `${where}[${index}]`));
      });
    } else if (!schema.attributes?.[key] && !(at === "" && TERRAFORM_KEYS.has(key)) && key !== "//") {
      found.push(where);
    }
  }
  return found;
}

export const AttributesInProviderSchema = declareRule({
  id: "GC-UNK-4",
  name: "AttributesInProviderSchema",
  target: "subject",
  severity: "High",
  description:
    "Every attribute and block of a known Genesys resource type is one the provider's schema (the version the catalog was made for) has.",
  rationale:
    "An attribute the schema lacks is either a misspelling (contracd_input: Terraform refuses it, and the gate would have assessed the action as if it had no contract) or one a newer provider added, whose effect on personal data nobody assessed (GDPR Art. 35(7), Art. 5(2)).",
  remediation:
    "Correct the attribute's name, or pin the provider to the version the catalog covers; for a newer provider, update the provider schema and catalog (npm run provider-schema) and assess again.",
  check(context) {
    return context.subject.members.flatMap((member) => {
      const schema =
        member.type.startsWith("genesyscloud_") && resourceTypeInfo(context.catalog, member.type)
          ? resourceSchema(member.type, member.mode)
          : undefined;
      if (!schema) return [];
      return unknownKeys(member.attributes, schema, "").map((attribute) => ({
        resource: member.address,
        attribute,
        message: `${attribute} is not an attribute of ${member.type} in provider ${context.catalog.resourceTypes.provider_version}: Terraform refuses it with that provider, or a newer provider added it and it is not assessed`,
      }));
    });
  },
});
