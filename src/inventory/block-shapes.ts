import type { SchemaBlock } from "./provider-schema";

export interface BlockShapeProblem {
  /** The attribute path inside the resource, e.g. `roles[0]`. */
  at: string;
  expected: string;
}

/** A value as a message names it: "null", "a list", "an object", "a string". */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Where a resource body gives a nested block something that is not a block: `roles = "str"`, a
 * `null` permission policy, a list of numbers. Terraform rejects such a configuration; read as it
 * is, it would look like "no roles", so the readers refuse it instead (exit 2, naming the place).
 * Follows the provider schema's nesting, which is a few levels deep.
 */
export function blockShapeProblems(
  body: Record<string, unknown>,
  schema: SchemaBlock | undefined,
  at = "",
): BlockShapeProblem[] {
  const problems: BlockShapeProblem[] = [];
  for (const [name, blockType] of Object.entries(schema?.block_types ?? {})) {
    const value = body[name];
    const where = at ? `${at}.${name}` : name;
    if (value === undefined) continue;
    const single = blockType.nesting_mode === "single" || blockType.nesting_mode === "group";
    if (value === null) {
      if (!single) problems.push({ at: where, expected: `a list of ${name} blocks, got null` });
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      const itemAt = Array.isArray(value) ? `${where}[${index}]` : where;
      if (!item || typeof item !== "object" || Array.isArray(item))
        problems.push({ at: itemAt, expected: `a ${name} block (an object), got ${describe(item)}` });
      else problems.push(...blockShapeProblems(item as Record<string, unknown>, blockType.block, itemAt));
    });
  }
  return problems;
}
