import { hasUnresolved } from "../inventory/expressions";

/** A property declared somewhere in a data-action contract (a JSON Schema). */
interface ContractField {
  name: string;
  path: string;
  /** The path of the object that declares it. */
  under: string;
}

/** A part of a contract the gate cannot evaluate, so the data it describes is unknown. */
interface ContractGap {
  path: string;
  reason: string;
}

/** What a contract says about the data it describes. */
export interface ContractShape {
  fields: ContractField[];
  /** Objects that accept properties the contract does not name (JSON Schema objects are open by default). */
  open: string[];
  /**
   * Open objects that name no property of their own (the root, or a nested `type: object`): what is
   * sent there is whatever the caller passes. A named property of any type is a declared field.
   */
  undeclared: string[];
  gaps: ContractGap[];
  /** What the contract says in words about the data at a path: its `title` and `description`. */
  labels: ContractLabel[];
}

/** A schema's `title` (a field's name in words) or `description` (a sentence about it). */
export interface ContractLabel {
  keyword: "title" | "description";
  text: string;
  path: string;
}

/** Keywords whose value is one subschema. */
const SUBSCHEMA = [
  "items",
  "additionalItems",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];
/** A path inside a `not` or an `if`: what is said there is a condition, not a declaration. */
const CONDITION = /\((?:not|if)\)/;
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAPS = ["dependentSchemas", "dependencies"];

/** Decodes a local JSON Pointer reference (`#/definitions/a~1b`) against the root document. */
function resolvePointer(root: unknown, ref: string): { ok: true; value: unknown } | { ok: false } {
  if (ref === "#") return { ok: true, value: root };
  if (!ref.startsWith("#/")) return { ok: false };
  let current = root;
  for (const raw of ref.slice(2).split("/")) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    } catch {
      return { ok: false };
    }
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, token))
      return { ok: false };
    current = (current as Record<string, unknown>)[token];
  }
  return { ok: true, value: current };
}

/** An `{"$ref": ...}` that names a schema by `$id`/`id` or `$anchor`, in the same document. */
function resolveAnchor(anchors: Map<string, unknown>, ref: string): unknown {
  return anchors.get(ref) ?? (ref.startsWith("#") ? anchors.get(ref.slice(1)) : undefined);
}

function collectAnchors(root: unknown): Map<string, unknown> {
  const anchors = new Map<string, unknown>();
  const stack = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    for (const key of ["$anchor", "$id", "id"]) {
      const value = record[key];
      if (typeof value === "string" && !anchors.has(value)) anchors.set(value, node);
    }
    for (const child of Object.values(record)) if (child && typeof child === "object") stack.push(child);
  }
  return anchors;
}

/** Evidence paths stay short however deep the schema is: the tail says where. */
function at(path: string, segment: string): string {
  const full = `${path}${segment}`;
  return full.length > 240 ? `…${full.slice(-200)}` : full;
}

function isObjectSchema(record: Record<string, unknown>): boolean {
  const type = record.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("object")) return true;
  if (type !== undefined) return false;
  // No type: any value, objects included, unless something else narrows it.
  if (
    !["$ref", "allOf", "anyOf", "oneOf", "enum", "const", "if", "not", "items", "prefixItems"].some(
      (key) => key in record,
    )
  )
    return true;
  return [
    "properties",
    "patternProperties",
    "additionalProperties",
    "required",
    "dependentSchemas",
    "dependencies",
    "minProperties",
    "maxProperties",
    "propertyNames",
  ].some((key) => key in record);
}

/** A walk through one contract: what it found so far and the schema nodes still to visit, with their paths. */
interface Walk {
  schema: unknown;
  root: string;
  shape: ContractShape;
  /** Paths whose schema says `type: object`: an object there with no named property declares nothing. */
  objects: Set<string>;
  stack: Array<[unknown, string]>;
  visited: Set<unknown>;
  anchors?: Map<string, unknown>;
}

const UNRESOLVED = "is an expression that is not resolved before deployment";
const unresolvedText = (value: unknown) => typeof value === "string" && hasUnresolved(value);

/** The node as a schema object to read, or undefined when it says all it says by itself (or was read already). */
function schemaObject(walk: Walk, node: unknown, path: string): Record<string, unknown> | undefined {
  const { shape } = walk;
  if (node === false) return undefined;
  if (node === true) {
    shape.open.push(path);
    return undefined;
  }
  if (typeof node === "string" && hasUnresolved(node)) {
    shape.gaps.push({ path, reason: UNRESOLVED });
    return undefined;
  }
  if (!node || typeof node !== "object" || Array.isArray(node)) {
    shape.gaps.push({ path, reason: "is not a JSON Schema (an object or a boolean)" });
    return undefined;
  }
  if (walk.visited.has(node)) return undefined;
  walk.visited.add(node);
  if (Object.keys(node).length === 0) {
    shape.open.push(path);
    return undefined;
  }
  return node as Record<string, unknown>;
}

/** Keys, and the values of the keywords that shape the data, that are expressions not resolved before deployment. */
function noteUnresolved(walk: Walk, record: Record<string, unknown>, path: string): void {
  for (const key of Object.keys(record)) {
    if (hasUnresolved(key))
      walk.shape.gaps.push({
        path,
        reason: `has the key "${key.slice(0, 80)}", an expression that is not resolved before deployment`,
      });
  }
  for (const key of ["type", "$ref", "required", "additionalProperties", "properties", "patternProperties"]) {
    const value = record[key];
    if (unresolvedText(value) || (Array.isArray(value) && value.some(unresolvedText)))
      walk.shape.gaps.push({ path: at(path, `.${key}`), reason: UNRESOLVED });
  }
}

/** Longer text says no more about what a field is; a bounded label keeps hostile contracts cheap. */
const LABEL_MAX = 10_000;

/**
 * A field renamed `value` is still the card number its title or description says it is. Only a value's own
 * words count: the root's title names the request ("Phone Number Request") and an object's ("Credit card
 * details") the group its properties belong to, which they declare themselves.
 */
function readLabels(walk: Walk, record: Record<string, unknown>, path: string): void {
  if (path === walk.root || "properties" in record) return;
  for (const keyword of ["title", "description"] as const) {
    const text = record[keyword];
    if (typeof text === "string" && text.trim() !== "")
      walk.shape.labels.push({ keyword, text: text.slice(0, LABEL_MAX), path });
  }
}

/** A local `$ref` is followed; one that names nothing in the contract is a gap. */
function followReference(walk: Walk, record: Record<string, unknown>, path: string): void {
  const ref = record.$ref;
  if (typeof ref !== "string" || unresolvedText(ref)) return;
  const local = resolvePointer(walk.schema, ref);
  const target = local.ok ? local.value : resolveAnchor((walk.anchors ??= collectAnchors(walk.schema)), ref);
  if (target === undefined)
    walk.shape.gaps.push({
      path: at(path, ".$ref"),
      reason: `refers to "${ref}", which is not a definition in this contract (remote schemas are not read)`,
    });
  else walk.stack.push([target, path]);
}

/** Named, required and pattern properties are fields; an object that accepts others is open. */
function readProperties(walk: Walk, record: Record<string, unknown>, path: string): void {
  const { shape, stack } = walk;
  const properties = record.properties;
  if (properties && typeof properties === "object" && !Array.isArray(properties)) {
    for (const [name, child] of Object.entries(properties as Record<string, unknown>)) {
      if (hasUnresolved(name))
        shape.gaps.push({
          path: at(path, ".properties"),
          reason: `names a property by an expression that is not resolved before deployment ("${name.slice(0, 80)}")`,
        });
      shape.fields.push({ name, path: at(path, `.${name}`), under: path });
      stack.push([child, at(path, `.${name}`)]);
    }
  } else if (properties !== undefined && !unresolvedText(properties))
    shape.gaps.push({ path: at(path, ".properties"), reason: "is not an object of schemas" });
  if (Array.isArray(record.required)) {
    for (const name of record.required)
      if (typeof name === "string" && !hasUnresolved(name))
        shape.fields.push({ name, path: at(path, `.${name}`), under: path });
  }
  const patterns = record.patternProperties;
  if (patterns && typeof patterns === "object" && !Array.isArray(patterns)) {
    for (const [pattern, child] of Object.entries(patterns as Record<string, unknown>)) {
      // The pattern's words are what the author expects the names to say, e.g. "^card_"; a pattern
      // without a literal word (`^[a-z]+$`, `.*`) accepts any name, so it declares none.
      const words = patternWords(pattern);
      if (words) shape.fields.push({ name: words, path: at(path, `./${pattern}/`), under: path });
      stack.push([child, at(path, `./${pattern}/`)]);
    }
  }
  const additional = record.additionalProperties;
  const closedByUnevaluated = record.unevaluatedProperties === false;
  if (isObjectSchema(record) && additional !== false && !closedByUnevaluated) shape.open.push(path);
  const type = record.type;
  if (type === "object" || (Array.isArray(type) && type.includes("object"))) walk.objects.add(path);
  if (additional && typeof additional === "object") stack.push([additional, at(path, ".*")]);
}

/** Items, composition, conditions and dependencies: subschemas to visit, and the names dependencies list. */
function queueSubschemas(walk: Walk, record: Record<string, unknown>, path: string): void {
  const { shape, stack } = walk;
  for (const key of SUBSCHEMA) {
    const value = record[key];
    if (value === undefined || Array.isArray(value)) continue;
    // What `not` and `if` name is read (a card number hidden there is still classified) but declares
    // nothing the object takes: `not: {required: [x]}` is no declaration of x.
    const condition = key === "not" || key === "if" ? at(path, `(${key})`) : undefined;
    stack.push([
      value,
      condition ?? (key.endsWith("Items") || key === "items" || key === "contains" ? at(path, "[]") : path),
    ]);
  }
  for (const key of SUBSCHEMA_LISTS) {
    const value = record[key];
    if (Array.isArray(value))
      value.forEach((option) => stack.push([option, key.endsWith("Items") || key === "items" ? at(path, "[]") : path]));
  }
  for (const key of SUBSCHEMA_MAPS) {
    const value = record[key];
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      shape.fields.push({ name, path: at(path, `.${name}`), under: path });
      // draft-04 `dependencies` may list property names instead of a schema.
      if (Array.isArray(child))
        child.forEach(
          (dependent) =>
            typeof dependent === "string" &&
            shape.fields.push({ name: dependent, path: at(path, `.${dependent}`), under: path }),
        );
      else stack.push([child, path]);
    }
  }
}

/**
 * Walks a JSON Schema completely, with an explicit stack (hostile nesting cannot exhaust the call
 * stack) and each schema node visited once (reference cycles end): properties and required names,
 * patternProperties, additionalProperties, items and prefixItems, composition, not, if/then/else,
 * dependentSchemas and draft-04 dependencies, and local `$ref`s into definitions or `$defs`. A
 * remote `$ref`, an expression that is not resolved, or a value that is not a schema is a gap.
 */
export function readContract(schema: unknown, root: string): ContractShape {
  const walk: Walk = {
    schema,
    root,
    shape: { fields: [], open: [], undeclared: [], gaps: [], labels: [] },
    objects: new Set(),
    stack: [[schema, root]],
    visited: new Set(),
  };
  for (let next = walk.stack.pop(); next; next = walk.stack.pop()) {
    const [node, path] = next;
    const record = schemaObject(walk, node, path);
    if (!record) continue;
    noteUnresolved(walk, record, path);
    readLabels(walk, record, path);
    followReference(walk, record, path);
    readProperties(walk, record, path);
    queueSubschemas(walk, record, path);
  }
  const { fields, open, gaps, labels } = walk.shape;
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const declaring = new Set(fields.map((field) => field.under));
  const undeclared = [...new Set(open)].filter(
    (path) => (path === root || walk.objects.has(path)) && !declaring.has(path) && !CONDITION.test(path),
  );
  return {
    fields: fields.sort(byPath),
    open: [...new Set(open)].sort(),
    undeclared: undeclared.sort(),
    gaps: gaps.sort(byPath),
    labels: labels.sort(byPath),
  };
}

/**
 * The literal words of a property-name pattern: character classes, escapes, quantifiers, groups'
 * flags and anchors removed (`^card_` → "card", `(?i)^ssn_\d+` → "ssn", `^[a-zA-Z][\w-]*$` → "").
 */
function patternWords(pattern: string): string {
  return pattern
    .replace(/\\./g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\{\d*,?\d*\}/g, " ")
    .replace(/\(\?[A-Za-z]*[:)]?/g, " ")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim();
}

/** The last property name of a JSONPath such as `$.entities[0].firstName`. */
export function jsonPathFieldNames(jsonPath: string): string[] {
  return (jsonPath.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? []).filter((name) => name !== "length");
}
