/**
 * jsonencode as Terraform writes JSON: Go's encoding/json escaping (<, > and & as \u003c \u003e
 * \u0026, U+2028 and U+2029 escaped, \b and \f short forms), object keys in cty's order, numbers
 * as plain decimals.
 */
import { formatNumber } from "../numbers";
import { isObject, isPending, NotExact, render, sortedKeys, type HclValue } from "../values";

const GO_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

export function goJsonString(text: string): string {
  const escaped = text.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (char) => {
    return GO_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `"${escaped}"`;
}

/** The JSON text of a known value. */
export function goJson(value: HclValue): string {
  // Known only at apply: kept as its "${...}" text, as templates keep it, so what is known stays visible.
  if (isPending(value)) return goJsonString(render(value));
  if (value === null) return "null";
  if (typeof value === "string") return goJsonString(value.normalize("NFC"));
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(goJson).join(",")}]`;
  if (isObject(value))
    return `{${sortedKeys(value)
      .map((key) => `${goJsonString(key.normalize("NFC"))}:${goJson(value[key]!)}`)
      .join(",")}}`;
  throw new NotExact("jsonencode of an unexpected value");
}
