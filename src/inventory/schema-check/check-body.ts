import type { SchemaBlock } from "../provider-schema";
import { conversionProblems, type AttributeType } from "./conversions";
import { suggestName } from "./suggest-name";

/** Terraform's own arguments of a resource or data block, never the provider's. */
const META_ARGUMENTS = new Set([
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "provisioner",
  "connection",
]);
const GENERATOR_ARGUMENTS = new Set(["for_each", "iterator", "labels", "content"]);

/** Something Terraform refuses in a block body: where (`config_request[0].headers`) and what it expected. */
export interface SchemaProblem {
  at: string;
  /** The names along the path, for finding its line in the source. */
  names: string[];
  expected: string;
  /** A name the schema lacks, or an attribute it makes read-only: another provider version may accept it; what else it refuses, every version does. */
  mayDifferByVersion?: true;
}

/** How a body is written: JSON syntax allows "//" comments and single blocks as objects. */
export interface BodySyntax {
  json: boolean;
  /** A plan's `configuration` leaves out the blocks `dynamic` generates, so their number is not known. */
  dynamicOmitted?: boolean;
}

interface Place {
  at: string;
  names: string[];
  top: boolean;
}

type Body = Record<string, unknown>;

function isBody(value: unknown): value is Body {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function step(place: Place, name: string, suffix = ""): Place {
  return { at: `${place.at ? `${place.at}.` : ""}${name}${suffix}`, names: [...place.names, name], top: false };
}

function problem(place: Place, expected: string): SchemaProblem {
  return { at: place.at, names: place.names, expected };
}

/** An attribute name the block does not have, with Terraform's "did you mean". */
function unsupported(name: string, schema: SchemaBlock, place: Place): SchemaProblem {
  const known = [...Object.keys(schema.attributes ?? {}), ...Object.keys(schema.block_types ?? {})];
  const closest = suggestName(name, known);
  return {
    ...problem(
      place,
      `an argument or block this block has; "${name}" is not one${closest ? ` (did you mean "${closest}"?)` : ""}`,
    ),
    mayDifferByVersion: true,
  };
}

function attributeProblems(name: string, value: unknown, schema: SchemaBlock, place: Place): SchemaProblem[] {
  const attribute = schema.attributes![name]!;
  if (attribute.computed && !attribute.optional && !attribute.required)
    return [
      {
        ...problem(place, `no value: "${name}" is decided by the provider (read-only), Terraform refuses to set it`),
        // Older providers let some of these be set (genesyscloud_flow.file_content_hash before 1.83).
        mayDifferByVersion: true,
      },
    ];
  return conversionProblems(value, attribute.type as AttributeType).map((found) => ({
    at: `${place.at}${found.at}`,
    names: place.names,
    expected: found.expected,
  }));
}

/** The number of blocks given, and whether Terraform counts it (a dynamic block makes it unknown). */
function countProblem(name: string, count: number, schema: SchemaBlock, place: Place): SchemaProblem[] {
  const blockType = schema.block_types![name]!;
  const max = blockType.nesting_mode === "single" ? 1 : blockType.max_items;
  const min = blockType.min_items ?? 0;
  if (max !== undefined && count > max) return [problem(place, `at most ${max} "${name}" block(s), got ${count}`)];
  if (count < min) return [problem(place, `at least ${min} "${name}" block(s), got ${count}`)];
  return [];
}

function blockItemsProblems(name: string, value: unknown, schema: SchemaBlock, place: Place, syntax: BodySyntax) {
  const blockType = schema.block_types![name]!;
  const items = asList(value);
  // Items that are not objects are the readers' shape check (block-shapes.ts), which names them already.
  return items.flatMap((item, index) =>
    isBody(item) ? bodyProblems(item, blockType.block, step(place, name, `[${index}]`), syntax) : [],
  );
}

/** `dynamic "name" { for_each, content { … } }`: the content is a `name` block. */
function dynamicProblems(value: unknown, schema: SchemaBlock, place: Place, syntax: BodySyntax): SchemaProblem[] {
  if (!isBody(value)) return [];
  return Object.entries(value).flatMap(([name, generators]) => {
    const where = step(step(place, "dynamic"), name);
    const blockType = schema.block_types?.[name];
    if (!blockType) {
      const attribute = schema.attributes?.[name];
      // The provider's legacy "attribute as blocks" (a list of objects) may be generated too.
      if (attribute && Array.isArray(attribute.type) && Array.isArray(attribute.type[1])) return [];
      return [{ ...problem(where, `a block type this block has; "${name}" is not one`), mayDifferByVersion: true }];
    }
    return asList(generators).flatMap((generator) => {
      if (!isBody(generator)) return [];
      const extra = Object.keys(generator).filter((key) => !GENERATOR_ARGUMENTS.has(key) && key !== "//");
      const contents = generator.content === undefined ? [] : asList(generator.content);
      return [
        ...extra.map((key) => problem(step(where, key), `for_each, iterator, labels or content; "${key}" is not one`)),
        ...contents.flatMap((content) =>
          isBody(content) ? bodyProblems(content, blockType.block, step(where, "content"), syntax) : [],
        ),
      ];
    });
  });
}

/** Required arguments that are absent or null (the provider refuses both), and blocks too few or too many. */
function missingProblems(body: Body, schema: SchemaBlock, place: Place, syntax: BodySyntax): SchemaProblem[] {
  const generated = isBody(body.dynamic) ? body.dynamic : {};
  const missing: SchemaProblem[] = [];
  for (const [name, attribute] of Object.entries(schema.attributes ?? {}))
    if (attribute.required && (body[name] === undefined || body[name] === null))
      missing.push({ at: step(place, name).at, names: place.names, expected: `the required argument "${name}"` });
  for (const name of Object.keys(schema.block_types ?? {})) {
    if (name in generated || (syntax.dynamicOmitted && !(name in body))) continue;
    const count = name in body ? asList(body[name]).length : 0;
    const where = name in body ? step(place, name) : { ...step(place, name), names: place.names };
    missing.push(...countProblem(name, count, schema, where));
  }
  return missing;
}

/**
 * Everything Terraform refuses in a resource body against the provider schema: an argument or
 * block the type does not have, a read-only attribute given a value, a missing required argument,
 * too few or too many blocks, a literal of the wrong type. Values not known until plan time pass.
 */
function bodyProblems(body: Body, schema: SchemaBlock, place: Place, syntax: BodySyntax): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const [name, value] of Object.entries(body)) {
    if ((syntax.json && name === "//") || (place.top && META_ARGUMENTS.has(name))) continue;
    if (name === "dynamic") problems.push(...dynamicProblems(value, schema, place, syntax));
    else if (schema.attributes?.[name]) problems.push(...attributeProblems(name, value, schema, step(place, name)));
    else if (schema.block_types?.[name]) problems.push(...blockItemsProblems(name, value, schema, place, syntax));
    else problems.push(unsupported(name, schema, step(place, name)));
  }
  return [...problems, ...missingProblems(body, schema, place, syntax)];
}

/** The problems of a resource or data block's body, from its top. */
export function resourceBodyProblems(body: Body, schema: SchemaBlock, syntax: BodySyntax): SchemaProblem[] {
  return bodyProblems(body, schema, { at: "", names: [], top: true }, syntax);
}
