import { InputError } from "./input-error";
import { eachPresent } from "./each-present";

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
 * The walk over every value of a plan keeps no paths: only a document refused is walked again, to name the place.
 */
export function assertNestingDepth<T>(value: T, file: string, max = MAX_NESTING_DEPTH): T {
  const found = firstTooDeep(value, max, false);
  if (!found) return value;
  const { what, at } = firstTooDeep(value, max, true) ?? found;
  throw new InputError([{ file, location: at, expected: `${what} nested at most ${max} levels deep` }]);
}

/** The first value nested deeper than `max`, in walk order, with its path when `named` (else ""); undefined if none. */
function firstTooDeep(value: unknown, max: number, named: boolean): { what: string; at: string } | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const paths: string[] = [""];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop() ?? 0;
    const at = named ? (paths.pop() ?? "") : "";
    if (typeof current === "string") {
      if (current.length > max && bracketDepth(current) > max) return { what: "an expression", at };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth >= max) return { what: "a document", at };
    if (Array.isArray(current))
      eachPresent(current as unknown[], (item, index) => {
        values.push(item);
        depths.push(depth + 1);
        if (named) paths.push(`${at}[${index}]`);
      });
    else
      for (const key of Object.keys(current)) {
        values.push((current as Record<string, unknown>)[key]);
        depths.push(depth + 1);
        if (named) paths.push(at ? `${at}.${key}` : key);
      }
  }
  return undefined;
}
