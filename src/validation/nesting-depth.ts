import { InputError } from "./input-error";

/**
 * Deeper than any real configuration, plan or policy, and shallow enough for every recursive walk
 * after the readers (normalising, canonical JSON, schema checks, expression parsing).
 */
export const MAX_NESTING_DEPTH = 256;

/** How deeply brackets, braces and parentheses nest in a text, counted without parsing it. */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 40 || code === 91 || code === 123) deepest = Math.max(deepest, ++depth);
    else if ((code === 41 || code === 93 || code === 125) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * Refuses a parsed document nested deeper than MAX_NESTING_DEPTH, walking it without recursion;
 * strings count too, because Terraform expressions inside them are parsed later. Returns the value.
 */
export function assertNestingDepth<T>(value: T, file: string, max = MAX_NESTING_DEPTH): T {
  const stack: Array<{ value: unknown; depth: number; at: string }> = [{ value, depth: 0, at: "" }];
  while (stack.length > 0) {
    const { value: current, depth, at } = stack.pop()!;
    if (typeof current === "string") {
      if (current.length > max && bracketDepth(current) > max)
        throw new InputError([{ file, location: at, expected: `an expression nested at most ${max} levels deep` }]);
      continue;
    }
    if (!current || typeof current !== "object") continue;
    if (depth >= max)
      throw new InputError([{ file, location: at, expected: `a document nested at most ${max} levels deep` }]);
    if (Array.isArray(current))
      current.forEach((item, index) => stack.push({ value: item, depth: depth + 1, at: `${at}[${index}]` }));
    else
      for (const [key, item] of Object.entries(current))
        stack.push({ value: item, depth: depth + 1, at: at ? `${at}.${key}` : key });
  }
  return value;
}
