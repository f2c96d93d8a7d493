import { canonicalJson } from "../dpia/fingerprint";

/** One difference at a leaf, or an item added to or removed from a list of values. */
export interface AttributeChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

function isScalarList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== "object");
}

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * Every difference between two attribute trees. Lists of values are compared as collections
 * (an added scope is one change); lists of blocks item by item; without recursion limits.
 */
export function diffAttributes(before: unknown, after: unknown): AttributeChange[] {
  const changes: AttributeChange[] = [];
  const stack: Array<{ path: string; before: unknown; after: unknown }> = [{ path: "", before, after }];
  while (stack.length > 0) {
    const { path, before: a, after: b } = stack.pop()!;
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (isObject(a) && isObject(b)) {
      for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().reverse())
        stack.push({ path: join(path, key), before: a[key], after: b[key] });
    } else if (isScalarList(a) && isScalarList(b)) {
      const was = new Set(a.map((item) => canonicalJson(item)));
      const now = new Set(b.map((item) => canonicalJson(item)));
      for (const item of b) if (!was.has(canonicalJson(item))) changes.push({ path, after: item });
      for (const item of a) if (!now.has(canonicalJson(item))) changes.push({ path, before: item });
    } else if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = Math.max(a.length, b.length) - 1; i >= 0; i--)
        stack.push({ path: join(path, i), before: a[i], after: b[i] });
    } else {
      changes.push({ path, ...(a !== undefined ? { before: a } : {}), ...(b !== undefined ? { after: b } : {}) });
    }
  }
  return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
