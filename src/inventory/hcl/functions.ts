import { coalesceValues, concatLists, containsValue, elementAt, mapKeys, mapValues } from "./functions/collections";
import { mergeObjects, toList, toMap, toSet } from "./functions/collections";
import { csvDecode } from "./functions/csv";
import { formatValues } from "./functions/format";
import { goJson } from "./functions/json";
import { regexAll, regexFirst, regexReplace } from "./functions/regex";
import { mapCase, replaceText, splitText, stringLength, trimSpace } from "./functions/text";
import { EvaluationFailure, NotExact, Unknown, type HclObject, type HclValue } from "./values";
import { asBool, asList, asNumber, asString, isObject, isPending, isSet, isWhollyKnown } from "./values";

/** What a function may need from where it is called. */
export interface CallContext {
  readFile?(file: string): string | undefined;
  renderTemplate(text: string, variables: HclObject): HclValue;
}

type TerraformFunction = (args: HclValue[], context: CallContext) => HclValue;

/** Longer results are not built: a configuration value this long is an attack on the gate, not a URL. */
const MAX_RESULT_LENGTH = 1_000_000;

function bounded(text: string): string {
  if (text.length > MAX_RESULT_LENGTH)
    throw new EvaluationFailure(`result longer than ${MAX_RESULT_LENGTH} characters`);
  return text;
}

/** Marks "not known before plan": the caller turns it into an Unknown with the call's text. */
export const NOT_KNOWN = new Unknown("");

function known(args: HclValue[]): boolean {
  return args.every(isWhollyKnown);
}

function strings(list: HclValue[], what: string): string[] {
  return list.map((item) => asString(item, what));
}

/** A function of known arguments only: any argument not known yet makes the result not known. */
function ofKnown(fn: (args: HclValue[]) => HclValue): TerraformFunction {
  return (args) => (known(args) ? fn(args) : NOT_KNOWN);
}

function flattenList(list: HclValue[]): HclValue[] | typeof NOT_KNOWN {
  const result: HclValue[] = [];
  const stack: HclValue[] = [...list].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (isPending(item)) return NOT_KNOWN;
    // Pushed one at a time, last first: spreading a list of 200,000 items overflows the call stack.
    if (Array.isArray(item)) for (let index = item.length - 1; index >= 0; index--) stack.push(item[index]!);
    else result.push(item);
  }
  return result;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Go's base64.StdEncoding (padded; line breaks ignored), and a result that must be UTF-8, as Terraform's base64decode. */
function decodeBase64(text: string): string {
  const compact = text.replace(/[\r\n]/g, "");
  if (!BASE64.test(compact)) throw new EvaluationFailure("base64decode: not valid base64");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
      .decode(Buffer.from(compact, "base64"))
      .normalize("NFC");
  } catch {
    throw new EvaluationFailure("base64decode: the result is not valid UTF-8");
  }
}

function replaceFunction([text, search, replacement]: string[]): string {
  if (search!.length > 1 && search!.startsWith("/") && search!.endsWith("/"))
    return regexReplace(text!, search!.slice(1, -1), replacement!, MAX_RESULT_LENGTH);
  const count = search === "" ? [...text!].length + 1 : text!.split(search!).length - 1;
  if (count * replacement!.length > MAX_RESULT_LENGTH) throw new EvaluationFailure("replace: result too long");
  return replaceText(text!, search!, replacement!);
}

function joinFunction([separator, ...lists]: HclValue[]): string {
  if (lists.length === 0) throw new EvaluationFailure("join: expected at least one list");
  const parts = lists.flatMap((list) => strings(asList(list, "join"), "join"));
  const glue = asString(separator!, "join");
  if (parts.reduce((total, part) => total + part.length + glue.length, 0) > MAX_RESULT_LENGTH)
    throw new EvaluationFailure("join: result too long");
  return parts.join(glue);
}

function formatlistFunction([spec, ...rest]: HclValue[]): HclValue[] {
  const lengths = [...new Set(rest.filter(Array.isArray).map((list) => list.length))];
  if (lengths.length > 1) throw new EvaluationFailure("formatlist: lists of different lengths");
  if (rest.some(isSet)) throw new NotExact("formatlist over a set");
  const count = lengths[0] ?? 1;
  return Array.from({ length: count }, (_v, i) =>
    bounded(
      formatValues(
        asString(spec!, "formatlist"),
        rest.map((arg) => (Array.isArray(arg) ? arg[i]! : arg)),
      ),
    ),
  );
}

function lengthOf(value: HclValue): number {
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  if (typeof value === "string") return stringLength(value);
  throw new EvaluationFailure("length: expected a collection or a string");
}

const FUNCTIONS: Record<string, TerraformFunction> = {
  jsonencode: ([value]) => goJson(value!),
  tostring: ([value]) => (isPending(value!) ? NOT_KNOWN : value === null ? null : asString(value!, "tostring")),
  tonumber: ([value]) => (isPending(value!) ? NOT_KNOWN : value === null ? null : asNumber(value!, "tonumber")),
  tobool: ([value]) => (isPending(value!) ? NOT_KNOWN : value === null ? null : asBool(value!, "tobool")),
  lower: ofKnown(([text]) => mapCase(asString(text!, "lower"), "lower")),
  base64encode: ofKnown(([text]) => Buffer.from(asString(text!, "base64encode"), "utf8").toString("base64")),
  base64decode: ofKnown(([text]) => decodeBase64(asString(text!, "base64decode"))),
  csvdecode: ofKnown(([text]) => csvDecode(asString(text!, "csvdecode"))),
  // The mark only hides the value from Terraform's output; what is deployed is the value itself.
  sensitive: ofKnown(([value]) => value!),
  nonsensitive: ofKnown(([value]) => value!),
  upper: ofKnown(([text]) => mapCase(asString(text!, "upper"), "upper")),
  trimspace: ofKnown(([text]) => trimSpace(asString(text!, "trimspace"))),
  trimprefix: ofKnown((args) => {
    const [text, prefix] = strings(args.slice(0, 2), "trimprefix");
    return text!.startsWith(prefix!) ? text!.slice(prefix!.length) : text!;
  }),
  trimsuffix: ofKnown((args) => {
    const [text, suffix] = strings(args.slice(0, 2), "trimsuffix");
    return suffix && text!.endsWith(suffix) ? text!.slice(0, -suffix.length) : text!;
  }),
  file: (args, context) => {
    if (!known(args)) return NOT_KNOWN;
    return context.readFile?.(asString(args[0]!, "file")) ?? NOT_KNOWN;
  },
  templatefile: (args, context) => {
    if (!isWhollyKnown(args[0]!) || !isObject(args[1])) return NOT_KNOWN;
    const text = context.readFile?.(asString(args[0]!, "templatefile"));
    return text === undefined ? NOT_KNOWN : context.renderTemplate(text, args[1]);
  },
  join: ofKnown(joinFunction),
  split: ofKnown(([separator, text]) => splitText(asString(separator!, "split"), asString(text!, "split"))),
  replace: ofKnown((args) => replaceFunction(strings(args.slice(0, 3), "replace"))),
  regex: ofKnown(([pattern, text]) => regexFirst(asString(pattern!, "regex"), asString(text!, "regex"))),
  regexall: ofKnown(([pattern, text]) => regexAll(asString(pattern!, "regexall"), asString(text!, "regexall"))),
  format: ofKnown(([spec, ...rest]) => bounded(formatValues(asString(spec!, "format"), rest))),
  formatlist: ofKnown(formatlistFunction),
  concat: (args) => (args.some(isPending) ? NOT_KNOWN : concatLists(args)),
  merge: (args) => (args.some(isPending) ? NOT_KNOWN : mergeObjects(args)),
  lookup: ([map, key, ...fallback]) => {
    if (isPending(map!) || !isWhollyKnown(key!)) return NOT_KNOWN;
    if (!isObject(map)) throw new EvaluationFailure("lookup: expected a map");
    const name = asString(key!, "lookup");
    if (Object.hasOwn(map, name)) return map[name]!;
    if (fallback.length > 0) {
      // A map's default takes the type of its elements; an object's does not: only a fallback of the same type is sure.
      const types = new Set(Object.values(map).map((item) => (item === null ? "null" : typeof item)));
      if (types.size > 0 && (types.size > 1 || !types.has(typeof fallback[0])))
        throw new NotExact("lookup: a default whose type the map may convert");
      return fallback[0]!;
    }
    throw new EvaluationFailure(`lookup: no key "${name}"`);
  },
  coalesce: ofKnown(coalesceValues),
  element: ([list, index]) => (isPending(list!) || !isWhollyKnown(index!) ? NOT_KNOWN : elementAt(list!, index!)),
  flatten: ([list]) => (isPending(list!) ? NOT_KNOWN : flattenList(asList(list!, "flatten"))),
  length: ([value]) => (isPending(value!) ? NOT_KNOWN : lengthOf(value!)),
  keys: ([map]) => (isPending(map!) ? NOT_KNOWN : mapKeys(map!)),
  values: ([map]) => (isPending(map!) ? NOT_KNOWN : mapValues(map!)),
  contains: ofKnown(([list, value]) => containsValue(list!, value!)),
  // A null converts to a null of the type (tolist(null) == null in terraform 1.11.4), not an error.
  toset: ofKnown(([list]) => (list === null ? null : toSet(list!))),
  tolist: ofKnown(([list]) => (list === null ? null : toList(list!))),
  tomap: ofKnown(([map]) => (map === null ? null : toMap(map!))),
};

/** How many arguments each function takes: another count is an error in Terraform, unresolved here. */
const ARITY: Record<string, [number, number]> = {
  jsonencode: [1, 1],
  tostring: [1, 1],
  tonumber: [1, 1],
  tobool: [1, 1],
  lower: [1, 1],
  base64encode: [1, 1],
  base64decode: [1, 1],
  csvdecode: [1, 1],
  sensitive: [1, 1],
  nonsensitive: [1, 1],
  upper: [1, 1],
  trimspace: [1, 1],
  trimprefix: [2, 2],
  trimsuffix: [2, 2],
  file: [1, 1],
  templatefile: [2, 2],
  join: [2, Infinity],
  split: [2, 2],
  replace: [3, 3],
  regex: [2, 2],
  regexall: [2, 2],
  format: [1, Infinity],
  formatlist: [1, Infinity],
  concat: [1, Infinity],
  merge: [0, Infinity],
  lookup: [2, 3],
  coalesce: [1, Infinity],
  element: [2, 2],
  flatten: [1, 1],
  length: [1, 1],
  keys: [1, 1],
  values: [1, 1],
  contains: [2, 2],
  toset: [1, 1],
  tolist: [1, 1],
  tomap: [1, 1],
};

/** Calls a Terraform function on evaluated arguments; a function this evaluator lacks is not known. */
export function callFunction(name: string, args: HclValue[], context: CallContext): HclValue {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  const [least, most] = ARITY[name] ?? [1, Infinity];
  if (!fn || args.length < least || args.length > most) return NOT_KNOWN;
  if (args.some((arg) => arg === undefined)) return NOT_KNOWN;
  const result = fn(args, context);
  // Terraform's strings are NFC-normalized (cty.StringVal).
  return typeof result === "string" ? result.normalize("NFC") : result;
}
