/** A string (or number) inside a JSON document, with its JSONPath. */
export interface JsonLeaf {
  path: string;
  key?: string;
  value: string;
}

function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Every string and number leaf of a JSON value, with an explicit stack: 10,000 levels of nesting
 * cost memory, not the call stack.
 */
export function jsonLeaves(value: unknown, root = "$"): JsonLeaf[] {
  const leaves: JsonLeaf[] = [];
  const stack: Array<{ node: unknown; path: string; key?: string }> = [{ node: value, path: root }];
  while (stack.length > 0) {
    const { node, path, key } = stack.pop()!;
    if (typeof node === "string") leaves.push({ path, key, value: node });
    else if (typeof node === "number") leaves.push({ path, key, value: String(node) });
    else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: childPath(path, i), key });
    } else if (node && typeof node === "object") {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [childKey, child] = entries[i]!;
        stack.push({ node: child, path: childPath(path, childKey), key: childKey });
      }
    }
  }
  return leaves;
}
