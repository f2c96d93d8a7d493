import { EvaluationFailure, Unknown, type HclObject, type HclValue } from "./values";
import { asBool, asList, asNumber, asString, isObject, isPending, isWhollyKnown, render, toJson } from "./values";

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

/** Go's fmt verbs as Terraform's format() accepts them: %s %d %f %t %v %q %x %e %%. */
function formatText(spec: string, args: HclValue[]): string {
  let next = 0;
  return spec.replace(
    /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g,
    (_m, flags: string, width: string | undefined, precision: string | undefined, verb: string) => {
      if (verb === "%") return "%";
      if (next >= args.length) throw new EvaluationFailure("format: not enough arguments");
      const value = args[next++]!;
      let text: string;
      switch (verb) {
        case "s":
          text = asString(value, "format %s");
          break;
        case "d":
          text = String(Math.trunc(asNumber(value, "format %d")));
          break;
        case "f":
          text = asNumber(value, "format %f").toFixed(precision === undefined ? 6 : Number(precision));
          break;
        case "e":
          text = asNumber(value, "format %e").toExponential(precision === undefined ? 6 : Number(precision));
          break;
        case "x":
          text =
            typeof value === "string"
              ? Buffer.from(value).toString("hex")
              : Math.trunc(asNumber(value, "format %x")).toString(16);
          break;
        case "t":
          text = String(asBool(value, "format %t"));
          break;
        case "q":
          text = JSON.stringify(asString(value, "format %q"));
          break;
        case "v":
          text = typeof value === "string" ? value : JSON.stringify(toJson(value));
          break;
        default:
          throw new EvaluationFailure(`format: unsupported verb %${verb}`);
      }
      if (flags.includes("+") && (verb === "d" || verb === "f") && !text.startsWith("-")) text = `+${text}`;
      if (width && Number(width) > MAX_RESULT_LENGTH) throw new EvaluationFailure("format: width too large");
      const pad = width ? Number(width) - text.length : 0;
      if (pad > 0)
        text = flags.includes("-")
          ? text + " ".repeat(pad)
          : flags.includes("0") && verb !== "s"
            ? "0".repeat(pad) + text
            : " ".repeat(pad) + text;
      return text;
    },
  );
}

/**
 * Terraform's regex patterns (RE2) run here in JavaScript's engine, which backtracks: a pattern
 * that quantifies a group, or refers back to one, is not evaluated (it stays unresolved).
 */
function safeRegExp(pattern: string): RegExp | undefined {
  if (/\)[*+?{]|\\[1-9]|\(\?[<=!]/.test(pattern) || pattern.length > 200) return undefined;
  try {
    return new RegExp(pattern, "g");
  } catch {
    throw new EvaluationFailure("replace: invalid regular expression");
  }
}

function flattenList(list: HclValue[]): HclValue[] | typeof NOT_KNOWN {
  const result: HclValue[] = [];
  const stack: HclValue[] = [...list].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (isPending(item)) return NOT_KNOWN;
    if (Array.isArray(item)) stack.push(...[...item].reverse());
    else result.push(item);
  }
  return result;
}

const FUNCTIONS: Record<string, TerraformFunction> = {
  jsonencode: ([value]) => JSON.stringify(toJson(value!)),
  tostring: ([value]) => (isPending(value!) ? NOT_KNOWN : value === null ? null : render(value!)),
  tonumber: ([value]) => (isPending(value!) ? NOT_KNOWN : value === null ? null : asNumber(value!, "tonumber")),
  tobool: ([value]) => (isPending(value!) ? NOT_KNOWN : value === null ? null : asBool(value!, "tobool")),
  lower: (args) => (known(args) ? asString(args[0]!, "lower").toLowerCase() : NOT_KNOWN),
  upper: (args) => (known(args) ? asString(args[0]!, "upper").toUpperCase() : NOT_KNOWN),
  trimspace: (args) => (known(args) ? asString(args[0]!, "trimspace").trim() : NOT_KNOWN),
  trimprefix: (args) =>
    known(args)
      ? ((text, prefix) => (text.startsWith(prefix) ? text.slice(prefix.length) : text))(
          asString(args[0]!, "trimprefix"),
          asString(args[1]!, "trimprefix"),
        )
      : NOT_KNOWN,
  trimsuffix: (args) =>
    known(args)
      ? ((text, suffix) => (suffix && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text))(
          asString(args[0]!, "trimsuffix"),
          asString(args[1]!, "trimsuffix"),
        )
      : NOT_KNOWN,
  file: (args, context) => {
    if (!known(args)) return NOT_KNOWN;
    return context.readFile?.(asString(args[0]!, "file")) ?? NOT_KNOWN;
  },
  templatefile: (args, context) => {
    if (!isWhollyKnown(args[0]!) || !isObject(args[1])) return NOT_KNOWN;
    const text = context.readFile?.(asString(args[0]!, "templatefile"));
    return text === undefined ? NOT_KNOWN : context.renderTemplate(text, args[1]);
  },
  join: (args) => {
    if (!known(args)) return NOT_KNOWN;
    const [separator, ...lists] = args;
    if (lists.length === 0) throw new EvaluationFailure("join: expected at least one list");
    const parts = lists.flatMap((list) => strings(asList(list, "join"), "join"));
    const glue = asString(separator!, "join");
    if (parts.reduce((total, part) => total + part.length + glue.length, 0) > MAX_RESULT_LENGTH)
      throw new EvaluationFailure("join: result too long");
    return parts.join(glue);
  },
  split: (args) => (known(args) ? asString(args[1]!, "split").split(asString(args[0]!, "split")) : NOT_KNOWN),
  replace: (args) => {
    if (!known(args)) return NOT_KNOWN;
    const [text, search, replacement] = strings(args.slice(0, 3), "replace");
    if (search!.length > 1 && search!.startsWith("/") && search!.endsWith("/")) {
      if (replacement!.length * (text!.length + 1) > MAX_RESULT_LENGTH)
        throw new EvaluationFailure("replace: result too long");
      const pattern = safeRegExp(search!.slice(1, -1));
      return pattern ? bounded(text!.replace(pattern, replacement!.replace(/\$\{(\d+)\}/g, "$$$1"))) : NOT_KNOWN;
    }
    const pieces = text!.split(search!);
    if ((pieces.length - 1) * replacement!.length > MAX_RESULT_LENGTH)
      throw new EvaluationFailure("replace: result too long");
    return pieces.join(replacement!);
  },
  format: (args) => (known(args) ? bounded(formatText(asString(args[0]!, "format"), args.slice(1))) : NOT_KNOWN),
  formatlist: (args) => {
    if (!known(args)) return NOT_KNOWN;
    const [spec, ...rest] = args;
    const lengths = [...new Set(rest.filter(Array.isArray).map((list) => list.length))];
    if (lengths.length > 1) throw new EvaluationFailure("formatlist: lists of different lengths");
    const count = lengths[0] ?? 1;
    return Array.from({ length: count }, (_v, i) =>
      formatText(
        asString(spec!, "formatlist"),
        rest.map((arg) => (Array.isArray(arg) ? arg[i]! : arg)),
      ),
    );
  },
  concat: (args) => {
    if (args.some(isPending)) return NOT_KNOWN;
    return args.flatMap((list) => asList(list, "concat"));
  },
  merge: (args) => {
    if (args.some(isPending)) return NOT_KNOWN;
    const result: HclObject = {};
    for (const map of args) {
      if (map === null) continue;
      if (!isObject(map)) throw new EvaluationFailure("merge: expected maps or objects");
      Object.assign(result, map);
    }
    return result;
  },
  lookup: ([map, key, ...fallback]) => {
    if (isPending(map!) || !isWhollyKnown(key!)) return NOT_KNOWN;
    if (!isObject(map)) throw new EvaluationFailure("lookup: expected a map");
    const name = asString(key!, "lookup");
    if (Object.hasOwn(map, name)) return map[name]!;
    if (fallback.length > 0) return fallback[0]!;
    throw new EvaluationFailure(`lookup: no key "${name}"`);
  },
  coalesce: (args) => {
    for (const value of args) {
      if (isPending(value)) return NOT_KNOWN;
      if (value !== null && value !== "") return value;
    }
    throw new EvaluationFailure("coalesce: no non-null, non-empty argument");
  },
  element: ([list, index]) => {
    if (isPending(list!) || !isWhollyKnown(index!)) return NOT_KNOWN;
    const items = asList(list!, "element");
    if (items.length === 0) throw new EvaluationFailure("element: empty list");
    const at = Math.trunc(asNumber(index!, "element"));
    if (at < 0) throw new EvaluationFailure("element: negative index");
    return items[at % items.length]!;
  },
  flatten: ([list]) => (isPending(list!) ? NOT_KNOWN : flattenList(asList(list!, "flatten"))),
  length: ([value]) => {
    if (isPending(value!)) return NOT_KNOWN;
    if (Array.isArray(value)) return value.length;
    if (isObject(value)) return Object.keys(value).length;
    if (typeof value === "string") return [...value].length;
    throw new EvaluationFailure("length: expected a collection or a string");
  },
  keys: ([map]) =>
    isPending(map!)
      ? NOT_KNOWN
      : isObject(map)
        ? Object.keys(map).sort()
        : (() => {
            throw new EvaluationFailure("keys: expected a map");
          })(),
  values: ([map]) =>
    isPending(map!)
      ? NOT_KNOWN
      : isObject(map)
        ? Object.keys(map)
            .sort()
            .map((key) => map[key]!)
        : (() => {
            throw new EvaluationFailure("values: expected a map");
          })(),
  contains: (args) =>
    known(args)
      ? asList(args[0]!, "contains").some((item) => JSON.stringify(toJson(item)) === JSON.stringify(toJson(args[1]!)))
      : NOT_KNOWN,
  toset: ([list]) =>
    isPending(list!)
      ? NOT_KNOWN
      : [...new Map(asList(list!, "toset").map((item) => [JSON.stringify(toJson(item)), item])).values()],
  tolist: ([list]) => (isPending(list!) ? NOT_KNOWN : asList(list!, "tolist")),
  tomap: ([map]) =>
    isPending(map!)
      ? NOT_KNOWN
      : isObject(map)
        ? map
        : (() => {
            throw new EvaluationFailure("tomap: expected an object");
          })(),
};

/** Calls a Terraform function on evaluated arguments; a function this evaluator lacks is not known. */
export function callFunction(name: string, args: HclValue[], context: CallContext): HclValue {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!fn || args.length === 0) return NOT_KNOWN;
  if (args.some((arg) => arg === undefined)) return NOT_KNOWN;
  return fn(args, context);
}
