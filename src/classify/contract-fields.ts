/** A property declared somewhere in a data-action contract (a JSON Schema). */
export interface ContractField {
  name: string;
  path: string;
}

/**
 * Walks `properties`, `items`, `additionalProperties` and combinators of a JSON Schema with an
 * explicit stack, so hostile nesting cannot exhaust the call stack.
 */
export function contractFields(schema: unknown, root: string): ContractField[] {
  const fields: ContractField[] = [];
  const stack: Array<[unknown, string]> = [[schema, root]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (!node || typeof node !== "object") continue;
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    if (properties && typeof properties === "object") {
      for (const [name, child] of Object.entries(properties as Record<string, unknown>)) {
        fields.push({ name, path: `${path}.${name}` });
        stack.push([child, `${path}.${name}`]);
      }
    }
    const items = record.items;
    if (Array.isArray(items)) items.forEach((item) => stack.push([item, `${path}[]`]));
    else if (items) stack.push([items, `${path}[]`]);
    if (record.additionalProperties && typeof record.additionalProperties === "object") stack.push([record.additionalProperties, `${path}.*`]);
    for (const combinator of ["allOf", "anyOf", "oneOf"]) {
      const options = record[combinator];
      if (Array.isArray(options)) options.forEach((option) => stack.push([option, path]));
    }
  }
  return fields.sort((a, b) => a.path.localeCompare(b.path));
}

/** The last property name of a JSONPath such as `$.entities[0].firstName`. */
export function jsonPathFieldNames(jsonPath: string): string[] {
  return (jsonPath.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? []).filter((name) => name !== "length");
}
