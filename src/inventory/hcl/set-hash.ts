/**
 * cty's order for a set whose elements are not strings, numbers or bools (sets of objects, most often): the bytes
 * cty's appendSetHashBytes writes for each element, compared as bytes (cty/set_internals.go, setRules.Less, which
 * Set.Values sorts by; go-cty 1.18). Those bytes are written here only where they are certainly the same: printable
 * ASCII strings (Go's %q), integers of at most ten digits (big.Float's %.10g), bools, nulls and collections of them.
 */
import { byteOrder } from "./byte-order";
import { isObject, type HclValue } from "./values";
import type { TypeConstraint } from "./variable-type";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function hashText(value: HclValue, type: TypeConstraint): string | undefined {
  if (value === null) return "~";
  switch (type.kind) {
    case "string":
      return typeof value === "string" && PRINTABLE_ASCII.test(value) && !value.includes("${") && !value.includes("%{")
        ? `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`
        : undefined;
    case "number":
      return typeof value === "number" && Number.isInteger(value) && !Object.is(value, -0) && Math.abs(value) < 1e10
        ? String(value)
        : undefined;
    case "bool":
      return typeof value === "boolean" ? (value ? "T" : "F") : undefined;
    case "list":
    case "set":
      return Array.isArray(value) ? joined("[", value, () => type.element, "]") : undefined;
    case "tuple":
      return Array.isArray(value) && value.length === type.elements.length
        ? joined("<", value, (index) => type.elements[index]!, ">")
        : undefined;
    case "object": {
      if (!isObject(value)) return undefined;
      const names = Object.keys(type.attributes).sort(byteOrder);
      return joined(
        "<",
        names.map((name) => value[name] ?? null),
        (index) => type.attributes[names[index]!]!.type,
        ">",
      );
    }
    case "map": {
      if (!isObject(value)) return undefined;
      const keys = Object.keys(value).sort(byteOrder);
      const parts: string[] = [];
      for (const key of keys) {
        const [name, element] = [hashText(key, { kind: "string" }), hashText(value[key]!, type.element)];
        if (name === undefined || element === undefined) return undefined;
        parts.push(`${name}:${element};`);
      }
      return `{${parts.join("")}}`;
    }
    default:
      return undefined;
  }
}

function joined(open: string, items: HclValue[], typeAt: (index: number) => TypeConstraint, close: string) {
  const parts: string[] = [];
  for (const [index, item] of items.entries()) {
    const text = hashText(item, typeAt(index));
    if (text === undefined) return undefined;
    parts.push(`${text};`);
  }
  return `${open}${parts.join("")}${close}`;
}

/** The elements (already converted to `element` and deduplicated) in cty's order; undefined where it is not modelled. */
export function orderedByHash(elements: HclValue[], element: TypeConstraint): HclValue[] | undefined {
  const hashed: Array<{ text: string; value: HclValue }> = [];
  for (const value of elements) {
    // A null element sorts last (setRules.Less); its bytes ("~") would not put it there.
    if (value === null) return undefined;
    const text = hashText(value, element);
    if (text === undefined) return undefined;
    hashed.push({ text, value });
  }
  return hashed.sort((a, b) => byteOrder(a.text, b.text)).map((entry) => entry.value);
}
