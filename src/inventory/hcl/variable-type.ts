/**
 * A variable's `type` constraint and the conversion Terraform applies to every value given for it
 * (cty's convert): a number given to a string variable is "1", a list given to set(string) is
 * sorted and deduplicated, an object loses the attributes its type does not declare and gains its
 * optional attributes' defaults. Whatever this does not convert exactly is Unknown, never a guess.
 */
import { byteOrder } from "./byte-order";
import { orderedByHash } from "./set-hash";
import type { Expression } from "./syntax";
import { evaluateTemplate, type HclValue, type Scope } from "./expression";
import { templateSyntax } from "./template-syntax";
import { isObject, isPending, toJson, Unknown, type HclObject } from "./values";

interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  default?: HclValue;
}

export type TypeConstraint =
  | { kind: "any" | "string" | "number" | "bool" | "unsupported" }
  | { kind: "list" | "set" | "map"; element: TypeConstraint }
  | { kind: "tuple"; elements: TypeConstraint[] }
  | { kind: "object"; attributes: Record<string, ObjectAttribute> };

const UNSUPPORTED: TypeConstraint = { kind: "unsupported" };
const NOTHING_IN_SCOPE: Scope = { variable: () => undefined, local: () => undefined };

function keyName(key: Expression): string | undefined {
  if (key.kind === "name") return key.name;
  if (key.kind === "literal" && typeof key.value === "string") return key.value;
  const [part] = key.kind === "template" && key.parts.length === 1 ? key.parts : [];
  if (part?.kind === "literal" && typeof part.value === "string") return part.value;
  return undefined;
}

function objectAttribute(expression: Expression): ObjectAttribute {
  if (expression.kind === "call" && expression.name === "optional" && !expression.expandLast) {
    const [type, fallback] = expression.args;
    if (!type || expression.args.length > 2) return { type: UNSUPPORTED, optional: true };
    const attribute: ObjectAttribute = { type: typeOf(type), optional: true };
    if (fallback) attribute.default = evaluateTemplate(`\${${fallback.source}}`, NOTHING_IN_SCOPE);
    return attribute;
  }
  return { type: typeOf(expression), optional: false };
}

function typeOf(expression: Expression): TypeConstraint {
  if (expression.kind === "name") {
    if (["any", "string", "number", "bool"].includes(expression.name))
      return { kind: expression.name as "any" | "string" | "number" | "bool" };
    // The legacy bare keywords: `list` and `map` of any element type.
    if (expression.name === "list" || expression.name === "map")
      return { kind: expression.name, element: { kind: "any" } };
    return UNSUPPORTED;
  }
  if (expression.kind !== "call" || expression.expandLast || expression.args.length !== 1) return UNSUPPORTED;
  const [argument] = expression.args as [Expression];
  if (["list", "set", "map"].includes(expression.name))
    return { kind: expression.name as "list" | "set" | "map", element: typeOf(argument) };
  if (expression.name === "tuple" && argument.kind === "tuple")
    return { kind: "tuple", elements: argument.items.map(typeOf) };
  if (expression.name === "object" && argument.kind === "object") {
    const attributes: Record<string, ObjectAttribute> = {};
    for (const entry of argument.entries) {
      const name = keyName(entry.key);
      if (name === undefined) return UNSUPPORTED;
      attributes[name] = objectAttribute(entry.value);
    }
    return { kind: "object", attributes };
  }
  return UNSUPPORTED;
}

/** The constraint a `type` argument declares, as @cdktf/hcl2json gives it ("${list(string)}"); no type is `any`. */
export function typeConstraint(raw: unknown): TypeConstraint {
  if (raw === undefined) return { kind: "any" };
  if (typeof raw !== "string" || !/^\$\{[\s\S]*\}$/.test(raw)) return UNSUPPORTED;
  try {
    // "${list(string)}" is the wrapped expression: Terraform's parser gives the expression itself.
    return typeOf(templateSyntax(raw));
  } catch {
    return UNSUPPORTED;
  }
}

/**
 * How Terraform reads a value given as text (TF_VAR_ or -var): as the literal string for a
 * primitive type or no type at all, as an HCL expression for every other type (`any` included).
 */
export function parsesAsExpression(declaresType: boolean, type: TypeConstraint): boolean {
  if (!declaresType) return false;
  return !["string", "number", "bool"].includes(type.kind);
}

/** cty's string form of a number, where JavaScript's is certainly the same (safe integers). */
function numberAsString(value: number): HclValue {
  // -0 is a safe integer to JavaScript, but String(-0) is "0" where cty writes "-0".
  return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : new Unknown(String(value));
}

/**
 * Whether the elements can be told apart and ordered as cty does: no text of an unresolved expression (two that
 * print alike may differ, and neither sorts where its value will), no -0 (cty keeps it apart from 0, JSON does not)
 * and no integer beyond a double's exact range (two of them may print alike).
 */
function exactlyComparable(value: HclValue): boolean {
  if (typeof value === "string") return !value.includes("${") && !value.includes("%{");
  if (typeof value === "number")
    return !Object.is(value, -0) && (!Number.isInteger(value) || Number.isSafeInteger(value));
  if (Array.isArray(value)) return value.every(exactlyComparable);
  if (isObject(value)) return Object.values(value).every(exactlyComparable);
  return !isPending(value);
}

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function toPrimitive(value: HclValue, kind: "string" | "number" | "bool"): HclValue {
  if (typeof value === (kind === "bool" ? "boolean" : kind)) return value;
  if (kind === "string") {
    if (typeof value === "number") return numberAsString(value);
    if (typeof value === "boolean") return String(value);
  }
  if (kind === "number" && typeof value === "string" && DECIMAL.test(value)) return Number(value);
  if (kind === "bool" && typeof value === "string") {
    if (value === "true" || value === "1") return true;
    if (value === "false" || value === "0") return false;
  }
  return new Unknown(`a value Terraform cannot convert to ${kind}`);
}

/** A set as cty orders it: strings and numbers by value, other elements by their hash (set-hash.ts) where it is modelled. */
function asSet(elements: HclValue[], element: TypeConstraint): HclValue {
  if (!elements.every(exactlyComparable)) return new Unknown("a set whose elements cannot be told apart before apply");
  // Keyed by their JSON: comparing each element with every other is quadratic in a long list.
  const byJson = new Map<string, HclValue>();
  for (const element of elements) byJson.set(JSON.stringify(toJson(element)), element);
  const unique = [...byJson.values()];
  if (unique.length < 2) return unique;
  if (unique.every((element) => typeof element === "string")) return (unique as string[]).sort(byteOrder) as HclValue[];
  if (unique.every((element) => typeof element === "number")) return (unique as number[]).sort((a, b) => a - b);
  return orderedByHash(unique, element) ?? new Unknown("a set whose order Terraform decides");
}

/** Two values of one shape: cty then unifies them to one element type without converting anything. */
function sameShape(a: HclValue, b: HclValue): boolean {
  if (a === null || b === null) return true;
  if (Array.isArray(a) || Array.isArray(b)) return false;
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).sort();
    const other = Object.keys(b).sort();
    return keys.join("\0") === other.join("\0") && keys.every((key) => sameShape(a[key]!, b[key]!));
  }
  return typeof a === typeof b;
}

/** Elements of `any` type: unchanged when they already share one type, otherwise cty would unify them. */
function uniform(elements: HclValue[]): boolean {
  return elements.every((element) => elements[0] === undefined || sameShape(elements[0], element));
}

function convertElements(elements: HclValue[], element: TypeConstraint): HclValue[] | Unknown {
  if (element.kind === "any" && !uniform(elements)) return new Unknown("elements cty would unify");
  return elements.map((item) => convertToType(item, element));
}

function convertObject(value: HclObject, attributes: Record<string, ObjectAttribute>): HclValue {
  const result: HclObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const given = Object.hasOwn(value, name) ? value[name]! : null;
    if (given === null && !attribute.optional && !Object.hasOwn(value, name))
      return new Unknown(`an object without its attribute "${name}"`);
    result[name] =
      given === null && attribute.default !== undefined
        ? convertToType(attribute.default, attribute.type)
        : convertToType(given, attribute.type);
  }
  return result;
}

function convertCollection(value: HclValue, type: TypeConstraint): HclValue {
  if (type.kind === "list" || type.kind === "set") {
    if (!Array.isArray(value)) return new Unknown(`a value Terraform cannot convert to ${type.kind}`);
    const elements = convertElements(value, type.element);
    return elements instanceof Unknown || type.kind === "list" ? elements : asSet(elements, type.element);
  }
  if (type.kind === "tuple")
    return Array.isArray(value) && value.length === type.elements.length
      ? value.map((item, index) => convertToType(item, type.elements[index]!))
      : new Unknown("a value Terraform cannot convert to this tuple");
  if (type.kind === "map") {
    if (!isObject(value)) return new Unknown("a value Terraform cannot convert to map");
    const converted = convertElements(Object.values(value), type.element);
    if (converted instanceof Unknown) return converted;
    return Object.fromEntries(Object.keys(value).map((key, index) => [key, converted[index]!]));
  }
  if (type.kind === "object")
    return isObject(value) ? convertObject(value, type.attributes) : new Unknown("a value Terraform cannot convert");
  return new Unknown("a value of a type the gate does not model");
}

/** The value Terraform gives a variable of this type for a given value (null stays null). */
export function convertToType(value: HclValue, type: TypeConstraint): HclValue {
  if (value === null || isPending(value) || type.kind === "any") return value;
  if (type.kind === "string" || type.kind === "number" || type.kind === "bool") return toPrimitive(value, type.kind);
  return convertCollection(value, type);
}
