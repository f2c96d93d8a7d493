/** Every value at a dot path such as `auto_bcc.email`: blocks and lists on the way are traversed, all their items. */
export function valuesAtPath(attributes: Record<string, unknown>, path: string): unknown[] {
  let current: unknown[] = [attributes];
  for (const key of path.split(".")) {
    const next: unknown[] = [];
    for (const node of current) {
      for (const item of Array.isArray(node) ? node : [node]) {
        if (item && typeof item === "object" && !Array.isArray(item) && key in (item as Record<string, unknown>))
          next.push((item as Record<string, unknown>)[key]);
      }
    }
    current = next;
  }
  return current
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value) => value !== undefined && value !== null && value !== "");
}
