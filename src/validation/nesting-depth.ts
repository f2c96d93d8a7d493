import { InputError, type InputProblem } from "./input-error";

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
  if (nestedWithin(value, max)) return value;
  throw new InputError([placeTooDeep(value, file, max)]);
}

/**
 * Each element an array holds, in order. JSON has no holes, but a caller's array may be sparse: one of length 2^32 - 1
 * holding a few elements is walked by its keys, not by four billion indices.
 */
function eachPresent(array: unknown[], visit: (item: unknown, index: number) => void): void {
  if (array.length <= 65_536) {
    for (let index = 0; index < array.length; index++) if (index in array) visit(array[index], index);
    return;
  }
  for (const key of Object.keys(array)) {
    const index = Number(key);
    if (Number.isInteger(index)) visit(array[index], index);
  }
}

function nestedWithin(value: unknown, max: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof current === "string") {
      if (current.length > max && bracketDepth(current) > max) return false;
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth >= max) return false;
    if (Array.isArray(current))
      eachPresent(current as unknown[], (item) => {
        values.push(item);
        depths.push(depth + 1);
      });
    else
      for (const key of Object.keys(current)) {
        values.push((current as Record<string, unknown>)[key]);
        depths.push(depth + 1);
      }
  }
  return true;
}

/** The first place nestedWithin refuses, with its path, in the order it walks. */
function placeTooDeep(value: unknown, file: string, max: number): InputProblem {
  const stack: Array<{ value: unknown; depth: number; at: string }> = [{ value, depth: 0, at: "" }];
  while (stack.length > 0) {
    const { value: current, depth, at } = stack.pop()!;
    if (typeof current === "string") {
      if (current.length > max && bracketDepth(current) > max)
        return { file, location: at, expected: `an expression nested at most ${max} levels deep` };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth >= max) return { file, location: at, expected: `a document nested at most ${max} levels deep` };
    if (Array.isArray(current))
      eachPresent(current as unknown[], (item, index) =>
        stack.push({ value: item, depth: depth + 1, at: `${at}[${index}]` }),
      );
    else
      for (const key of Object.keys(current))
        stack.push({
          value: (current as Record<string, unknown>)[key],
          depth: depth + 1,
          at: at ? `${at}.${key}` : key,
        });
  }
  // Not reached: both walks apply the same two limits. Refused all the same, never let through.
  return { file, location: "", expected: `a document nested at most ${max} levels deep` };
}
