import { hasUnresolved } from "../inventory/expressions";

/** A property declared somewhere in a data-action contract (a JSON Schema). */
interface ContractField {
  name: string;
  path: string;
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
  gaps: ContractGap[];
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

/**
 * Walks a JSON Schema completely, with an explicit stack (hostile nesting cannot exhaust the call
 * stack) and each schema node visited once (reference cycles end): properties and required names,
 * patternProperties, additionalProperties, items and prefixItems, composition, not, if/then/else,
 * dependentSchemas and draft-04 dependencies, and local `$ref`s into definitions or `$defs`. A
 * remote `$ref`, an expression that is not resolved, or a value that is not a schema is a gap.
 */
export function readContract(schema: unknown, root: string): ContractShape {
  const fields: ContractField[] = [];
  const open: string[] = [];
  const gaps: ContractGap[] = [];
  let anchors: Map<string, unknown> | undefined;
  const visited = new Set<unknown>();
  const stack: Array<[unknown, string]> = [[schema, root]];
  const unresolvedText = (value: unknown) => typeof value === "string" && hasUnresolved(value);
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === false) continue;
    if (node === true) {
      open.push(path);
      continue;
    }
    if (typeof node === "string" && hasUnresolved(node)) {
      gaps.push({ path, reason: "is an expression that is not resolved before deployment" });
      continue;
    }
    if (!node || typeof node !== "object" || Array.isArray(node)) {
      gaps.push({ path, reason: "is not a JSON Schema (an object or a boolean)" });
      continue;
    }
    if (visited.has(node)) continue;
    visited.add(node);
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 0) {
      open.push(path);
      continue;
    }
    for (const key of keys) {
      if (hasUnresolved(key))
        gaps.push({
          path,
          reason: `has the key "${key.slice(0, 80)}", an expression that is not resolved before deployment`,
        });
    }
    for (const key of ["type", "$ref", "required", "additionalProperties", "properties", "patternProperties"]) {
      const value = record[key];
      if (unresolvedText(value) || (Array.isArray(value) && value.some(unresolvedText)))
        gaps.push({ path: at(path, `.${key}`), reason: "is an expression that is not resolved before deployment" });
    }

    const ref = record.$ref;
    if (typeof ref === "string" && !unresolvedText(ref)) {
      const local = resolvePointer(schema, ref);
      const target = local.ok ? local.value : resolveAnchor((anchors ??= collectAnchors(schema)), ref);
      if (target === undefined)
        gaps.push({
          path: at(path, ".$ref"),
          reason: `refers to "${ref}", which is not a definition in this contract (remote schemas are not read)`,
        });
      else stack.push([target, path]);
    }

    const properties = record.properties;
    if (properties && typeof properties === "object" && !Array.isArray(properties)) {
      for (const [name, child] of Object.entries(properties as Record<string, unknown>)) {
        if (hasUnresolved(name))
          gaps.push({
            path: at(path, ".properties"),
            reason: `names a property by an expression that is not resolved before deployment ("${name.slice(0, 80)}")`,
          });
        fields.push({ name, path: at(path, `.${name}`) });
        stack.push([child, at(path, `.${name}`)]);
      }
    } else if (properties !== undefined && !unresolvedText(properties))
      gaps.push({ path: at(path, ".properties"), reason: "is not an object of schemas" });
    if (Array.isArray(record.required)) {
      for (const name of record.required)
        if (typeof name === "string" && !hasUnresolved(name)) fields.push({ name, path: at(path, `.${name}`) });
    }
    const patterns = record.patternProperties;
    if (patterns && typeof patterns === "object" && !Array.isArray(patterns)) {
      for (const [pattern, child] of Object.entries(patterns as Record<string, unknown>)) {
        // The pattern's words are what the author expects the names to say, e.g. "^card_".
        fields.push({ name: pattern.replace(/[^A-Za-z0-9]+/g, " ").trim(), path: at(path, `./${pattern}/`) });
        stack.push([child, at(path, `./${pattern}/`)]);
      }
    }
    const additional = record.additionalProperties;
    const closedByUnevaluated = record.unevaluatedProperties === false;
    if (isObjectSchema(record) && additional !== false && !closedByUnevaluated) open.push(path);
    if (additional && typeof additional === "object") stack.push([additional, at(path, ".*")]);

    for (const key of SUBSCHEMA) {
      const value = record[key];
      if (value !== undefined && !Array.isArray(value))
        stack.push([value, key.endsWith("Items") || key === "items" || key === "contains" ? at(path, "[]") : path]);
    }
    for (const key of SUBSCHEMA_LISTS) {
      const value = record[key];
      if (Array.isArray(value))
        value.forEach((option) =>
          stack.push([option, key.endsWith("Items") || key === "items" ? at(path, "[]") : path]),
        );
    }
    for (const key of SUBSCHEMA_MAPS) {
      const value = record[key];
      if (!value || typeof value !== "object" || Array.isArray(value)) continue;
      for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
        fields.push({ name, path: at(path, `.${name}`) });
        // draft-04 `dependencies` may list property names instead of a schema.
        if (Array.isArray(child))
          child.forEach(
            (dependent) =>
              typeof dependent === "string" && fields.push({ name: dependent, path: at(path, `.${dependent}`) }),
          );
        else stack.push([child, path]);
      }
    }
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { fields: fields.sort(byPath), open: [...new Set(open)].sort(), gaps: gaps.sort(byPath) };
}

/** The last property name of a JSONPath such as `$.entities[0].firstName`. */
export function jsonPathFieldNames(jsonPath: string): string[] {
  return (jsonPath.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? []).filter((name) => name !== "length");
}
