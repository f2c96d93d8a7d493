/**
 * regex, regexall and replace(/re/) with RE2 semantics and linear time (re2js, a port of RE2 as
 * Go's regexp implements it), including Go's rules for empty matches and for `$1`, `${name}`
 * in replacements. A pattern re2js rejects stays unresolved: Go might accept it.
 */
import type { RE2JS } from "re2js";
import { EvaluationFailure, NotExact, setEntry, type HclObject, type HclValue } from "../values";

interface Compiled {
  re: ReturnType<RE2JS["re2"]>;
  names: Record<string, number>;
  groups: number;
}

const MAX_PATTERN_LENGTH = 10_000;

function compile(pattern: string): Compiled {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new NotExact("regex: pattern too long");
  // Unicode classes depend on the Unicode version of each engine; the rest of RE2 syntax is the same.
  if (/\\[pP]/.test(pattern)) throw new NotExact("regex: Unicode class");
  try {
    // Loaded with the first pattern: few configurations call regex().
    const compiled = (require("re2js") as { RE2JS: typeof RE2JS }).RE2JS.compile(pattern);
    return { re: compiled.re2(), names: compiled.namedGroups(), groups: compiled.groupCount() };
  } catch {
    throw new NotExact(`regex: pattern ${pattern} not read as RE2`);
  }
}

/** Every match's group offsets, as Go's FindAllStringSubmatchIndex gives them. */
function allMatches(compiled: Compiled, text: string): number[][] {
  return (compiled.re.findAllSubmatchIndex(text, -1) as number[][] | null) ?? [];
}

/** One match as Terraform's regex() returns it: the text, a list of groups, or an object of named groups. */
function matchValue(compiled: Compiled, text: string, offsets: number[]): HclValue {
  const group = (n: number): HclValue => (offsets[2 * n]! < 0 ? null : text.slice(offsets[2 * n], offsets[2 * n + 1]));
  if (compiled.groups === 0) return group(0);
  const names = Object.keys(compiled.names);
  if (names.length === 0) return Array.from({ length: compiled.groups }, (_v, i) => group(i + 1));
  if (names.length !== compiled.groups)
    throw new EvaluationFailure("regex: named and unnamed capture groups cannot be mixed");
  const result: HclObject = {};
  for (const name of names) setEntry(result, name, group(compiled.names[name]!));
  return result;
}

export function regexFirst(pattern: string, text: string): HclValue {
  const compiled = compile(pattern);
  const first = allMatches(compiled, text)[0];
  if (!first) throw new EvaluationFailure("regex: no match");
  return matchValue(compiled, text, first);
}

export function regexAll(pattern: string, text: string): HclValue[] {
  const compiled = compile(pattern);
  return allMatches(compiled, text).map((offsets) => matchValue(compiled, text, offsets));
}

/** Go's Regexp.Expand: `$name` takes the longest run of letters, digits and `_`; `${name}`; `$$`. */
function expand(template: string, compiled: Compiled, text: string, offsets: number[]): string {
  // Go's names are Unicode letters and digits; JavaScript's \w is ASCII only.
  if (/\$\{?\w*[^\x00-\x7f]/.test(template)) throw new NotExact("replace: a non-ASCII group name");
  const group = (name: string): string => {
    const n = /^\d+$/.test(name) ? Number(name) : compiled.names[name];
    if (n === undefined || n > compiled.groups || offsets[2 * n]! < 0) return "";
    return text.slice(offsets[2 * n], offsets[2 * n + 1]);
  };
  return template.replace(/\$(?:\$|\{(\w+)\}|(\w+))?/g, (whole, braced?: string, bare?: string) => {
    if (whole === "$$") return "$";
    const name = braced ?? bare;
    // A `$` that starts no valid reference is kept as it is written.
    return name === undefined ? whole : group(name);
  });
}

/** replace(text, "/re/", replacement): Go's ReplaceAllString. */
export function regexReplace(text: string, pattern: string, replacement: string, maxLength: number): string {
  const compiled = compile(pattern);
  let result = "";
  let last = 0;
  for (const offsets of allMatches(compiled, text)) {
    result += text.slice(last, offsets[0]) + expand(replacement, compiled, text, offsets);
    last = offsets[1]!;
    if (result.length > maxLength) throw new EvaluationFailure("replace: result too long");
  }
  return result + text.slice(last);
}
