/**
 * Terraform's format() and formatlist() (cty's formatter over Go's fmt): verbs %v %#v %s %q %t %d
 * %x %X %o %b %f %e %E, flags, width, precision and %[n] argument indexes. A spelling whose
 * result the evaluator is not sure of (%g, %c, `*` widths, flags Go treats specially) is NotExact.
 */
import { goJson, goJsonString } from "./json";
import { exponentDigits, fixedDigits, integerDigits } from "./format-number";
import { asBool, asNumber, asString, EvaluationFailure, NotExact, type HclValue } from "../values";

/** One verb: %[flags][[n]][width][.precision]verb. */
const VERB = /%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?([a-zA-Z%])?/y;

interface Spec {
  flags: string;
  width?: number;
  precision?: number;
  verb: string;
}

/** Longer results are not built: a configuration value this long is an attack on the gate, not a URL. */
const MAX_WIDTH = 100_000;

function pad(text: string, spec: Spec, zeroAfterSign: boolean): string {
  const length = [...text].length;
  if (spec.width === undefined || length >= spec.width) return text;
  const fill = spec.width - length;
  if (spec.flags.includes("-")) return text + " ".repeat(fill);
  if (zeroAfterSign && spec.flags.includes("0")) {
    const sign = /^[-+ ]/.test(text) ? text[0]! : "";
    return sign + "0".repeat(fill) + text.slice(sign.length);
  }
  return " ".repeat(fill) + text;
}

function signed(value: number, digits: string, flags: string): string {
  if (value < 0) return `-${digits}`;
  return flags.includes("+") ? `+${digits}` : flags.includes(" ") ? ` ${digits}` : digits;
}

function onlyFlags(spec: Spec, allowed: string): void {
  if ([...spec.flags].some((flag) => !allowed.includes(flag)))
    throw new NotExact(`format: flags "${spec.flags}" with %${spec.verb}`);
}

function formatText(value: HclValue, spec: Spec): string {
  onlyFlags(spec, "-");
  // Terraform reads a precision of 0 on %s as no precision ("%.0s" keeps the text).
  if (spec.precision === 0) throw new NotExact("format: %.0s");
  const text = asString(value, `format %${spec.verb}`);
  return pad(spec.precision === undefined ? text : [...text].slice(0, spec.precision).join(""), spec, false);
}

function formatNumberVerb(value: HclValue, spec: Spec): string {
  const number = asNumber(value, `format %${spec.verb}`);
  const verb = spec.verb;
  if ("dxXob".includes(verb)) {
    onlyFlags(spec, "-+ 0");
    if (spec.precision !== undefined) throw new NotExact("format: precision on an integer verb");
    return pad(signed(number, integerDigits(number, verb), spec.flags), spec, true);
  }
  onlyFlags(spec, "-+ 0");
  const precision = spec.precision ?? 6;
  const digits = verb === "f" ? fixedDigits(number, precision) : exponentDigits(number, precision);
  return pad(signed(number, verb === "E" ? digits.toUpperCase() : digits, spec.flags), spec, true);
}

function formatOne(value: HclValue, spec: Spec): string {
  if (value === null) throw new NotExact("format of null (Terraform leaves the result unknown)");
  switch (spec.verb) {
    case "s":
      return formatText(value, spec);
    case "v":
      if (spec.flags === "#" && spec.width === undefined && spec.precision === undefined) return goJson(value);
      if (typeof value === "object") {
        if (spec.flags || spec.width !== undefined || spec.precision !== undefined)
          throw new NotExact("format: %v of a collection with flags");
        return goJson(value);
      }
      if (typeof value === "number") throw new NotExact("format: %v of a number");
      return formatText(value, spec);
    case "q":
      if (spec.flags || spec.width !== undefined || spec.precision !== undefined)
        throw new NotExact("format: %q with flags");
      return goJsonString(asString(value, "format %q"));
    case "t":
      // Terraform ignores the width of %t where Go's fmt would pad: only the bare verb is modelled.
      if (spec.flags || spec.width !== undefined || spec.precision !== undefined)
        throw new NotExact("format: %t with flags");
      return String(asBool(value, "format %t"));
    case "d":
    case "x":
    case "X":
    case "o":
    case "b":
    case "f":
    case "e":
    case "E":
      return formatNumberVerb(value, spec);
    default:
      throw new NotExact(`format: verb %${spec.verb}`);
  }
}

/** format(spec, args...) for known arguments. */
export function formatValues(format: string, args: HclValue[]): string {
  let result = "";
  let next = 0;
  let used = 0;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf("%", i);
    if (percent < 0) {
      result += format.slice(i);
      break;
    }
    result += format.slice(i, percent);
    VERB.lastIndex = percent;
    const match = VERB.exec(format)!;
    const [whole, flags = "", index, width, precision, verb] = match;
    i = percent + whole.length;
    if (verb === undefined) throw new NotExact("format: an incomplete verb");
    if (verb === "%") {
      if (whole !== "%%") throw new NotExact("format: %% with flags");
      result += "%";
      continue;
    }
    if (index !== undefined) {
      next = Number(index) - 1;
      if (next < 0 || next >= args.length) throw new EvaluationFailure(`format: no argument ${index}`);
    }
    if (next >= args.length) throw new EvaluationFailure("format: not enough arguments");
    if (Number(width ?? 0) > MAX_WIDTH || Number(precision ?? 0) > MAX_WIDTH)
      throw new NotExact("format: width too large");
    const spec: Spec = {
      flags,
      verb,
      width: width === undefined ? undefined : Number(width),
      precision: precision === undefined ? undefined : Number(precision || "0"),
    };
    result += formatOne(args[next++]!, spec);
    used = Math.max(used, next);
  }
  // Terraform refuses arguments past the last one a verb refers to.
  if (used < args.length) throw new EvaluationFailure("format: too many arguments");
  return result;
}
