// Reads the "Schema" section that tfplugindocs writes into every provider documentation page and
// returns the block in the shape of `terraform providers schema -json`. Pure: text in, block out.

export type TerraformType = string | [string, TerraformType] | ["object", Record<string, TerraformType>];

export interface SchemaAttribute {
  type: TerraformType;
  description_kind: "plain";
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
  deprecated?: true;
  /** Only the documented default ("Defaults to `active`."), a fact that drift needs; never the prose. */
  description?: string;
}

export interface SchemaBlockType {
  nesting_mode: "list" | "set" | "single";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  attributes: Record<string, SchemaAttribute>;
  block_types: Record<string, SchemaBlockType>;
  description_kind: "plain";
}

/** A page that does not read as tfplugindocs output: where, and what the parser expected there. */
export class SchemaPageError extends Error {
  constructor(
    readonly line: number,
    readonly expected: string,
  ) {
    super(`line ${line}: expected ${expected}`);
  }
}

type Presence = "required" | "optional" | "computed";

const PRESENCE_HEADINGS: Record<string, Presence> = {
  "### Required": "required",
  "### Optional": "optional",
  "### Read-Only": "computed",
  "Required:": "required",
  "Optional:": "optional",
  "Read-Only:": "computed",
};

const SCALARS: Record<string, string> = { String: "string", Number: "number", Boolean: "bool", Object: "object" };
const COLLECTIONS: Record<string, string> = { List: "list", Set: "set", Map: "map" };

/** What the parenthesis after an attribute's name says. */
type Kind =
  | { kind: "attribute"; type: TerraformType | "nested-object"; collection?: string }
  | { kind: "block"; nesting_mode: "list" | "set" | "single"; min_items?: number; max_items?: number };

interface Entry {
  name: string;
  presence: Presence;
  kind: Kind;
  sensitive: boolean;
  deprecated: boolean;
  nestedAnchor?: string;
  /** The default the page documents, as written between backticks. */
  defaultValue?: string;
  line: number;
}

const DEFAULT = /Defaults to `([^`]*)`/;

const ENTRY = /^- `([A-Za-z0-9_]+)` \(([^)]*)\)(.*)$/;
const NESTED_LINK = /\(see \[below for nested schema\]\(#(nested(?:block|att|objatt)--[A-Za-z0-9_-]+)\)\)/;
const ANCHOR = /^<a id="(nested(?:block|att|objatt)--[A-Za-z0-9_-]+)"><\/a>$/;
const NESTED_HEADING = /^### Nested Schema for `([A-Za-z0-9_.]+)`$/;

function parseKind(text: string, line: number): { kind: Kind; sensitive: boolean; deprecated: boolean } {
  const parts = text.split(",").map((part) => part.trim());
  let sensitive = false;
  let deprecated = false;
  let minItems: number | undefined;
  let maxItems: number | undefined;
  let optionalBlock = false;
  const head = parts.shift() ?? "";
  for (const part of parts) {
    const bound = /^(Min|Max): (\d+)$/.exec(part);
    if (part === "Sensitive") sensitive = true;
    else if (part === "Deprecated") deprecated = true;
    else if (part === "Optional" && head === "Block") optionalBlock = true;
    else if (bound) bound[1] === "Min" ? (minItems = Number(bound[2])) : (maxItems = Number(bound[2]));
    else
      throw new SchemaPageError(line, `"Sensitive", "Deprecated", "Min: n" or "Max: n" after the type, got "${part}"`);
  }
  const block = /^Block(?: (List|Set))?$/.exec(head);
  if (block) {
    if (!block[1] && !optionalBlock)
      throw new SchemaPageError(line, `"Block List", "Block Set" or "Block, Optional", got "${text}"`);
    const nesting_mode = block[1] === "Set" ? "set" : block[1] === "List" ? "list" : "single";
    return { kind: { kind: "block", nesting_mode, min_items: minItems, max_items: maxItems }, sensitive, deprecated };
  }
  if (minItems !== undefined || maxItems !== undefined)
    throw new SchemaPageError(line, `Min/Max only on a block, got "${text}"`);
  const scalar = SCALARS[head];
  if (scalar && scalar !== "object") return { kind: { kind: "attribute", type: scalar }, sensitive, deprecated };
  const collection = /^(List|Set|Map) of (String|Number|Boolean|Object)$/.exec(head);
  if (collection) {
    const of = SCALARS[collection[2]!]!;
    const container = COLLECTIONS[collection[1]!]!;
    const kind: Kind =
      of === "object"
        ? { kind: "attribute", type: "nested-object", collection: container }
        : { kind: "attribute", type: [container, of] };
    return { kind, sensitive, deprecated };
  }
  throw new SchemaPageError(
    line,
    `a type such as String, Number, Boolean, "List of String", "Set of Object", "Map of String" or "Block List, Max: 1", got "${text}"`,
  );
}

/** The lines of the "## Schema" section, with their 1-based line numbers. */
function schemaSection(text: string): { text: string; line: number }[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === "## Schema");
  if (start < 0) throw new SchemaPageError(1, 'a "## Schema" section');
  const section: { text: string; line: number }[] = [];
  for (let i = start + 1; i < lines.length && !/^## /.test(lines[i]!); i++)
    section.push({ text: lines[i]!, line: i + 1 });
  return section;
}

interface Section {
  anchor: string;
  entries: Entry[];
  line: number;
}

/** Groups entries by the block they belong to ("" is the resource itself). */
function readSections(text: string): Map<string, Section> {
  const sections = new Map<string, Section>([["", { anchor: "", entries: [], line: 0 }]]);
  let current = sections.get("")!;
  let presence: Presence | undefined;
  let pendingAnchor: { id: string; line: number } | undefined;
  let last: Entry | undefined;
  for (const { text: raw, line } of schemaSection(text)) {
    const text = raw.trimEnd();
    const anchor = ANCHOR.exec(text.trim());
    const heading = NESTED_HEADING.exec(text.trim());
    const entry = ENTRY.exec(text);
    if (pendingAnchor && !heading && text.trim() !== "") {
      throw new SchemaPageError(
        line,
        `a "### Nested Schema for \`path\`" heading after the anchor "${pendingAnchor.id}"`,
      );
    }
    if (PRESENCE_HEADINGS[text.trim()]) {
      presence = PRESENCE_HEADINGS[text.trim()]!;
      last = undefined;
    } else if (anchor) {
      pendingAnchor = { id: anchor[1]!, line };
      last = undefined;
    } else if (heading) {
      if (!pendingAnchor) throw new SchemaPageError(line, `an <a id="nested…"></a> anchor before "${text.trim()}"`);
      const expectedPath = pendingAnchor.id.replace(/^nested(?:block|att|objatt)--/, "").split("--");
      const path = heading[1]!.split(".");
      // tfplugindocs prefixes some anchors with the resource's own block name; the heading's path is the truth.
      if (expectedPath.slice(-path.length).join(".") !== path.join(".")) {
        throw new SchemaPageError(
          line,
          `a heading that names the anchor's path "${expectedPath.join(".")}", got "${heading[1]}"`,
        );
      }
      if (sections.has(pendingAnchor.id))
        throw new SchemaPageError(line, `one section per anchor, "${pendingAnchor.id}" appears twice`);
      current = { anchor: pendingAnchor.id, entries: [], line };
      sections.set(pendingAnchor.id, current);
      pendingAnchor = undefined;
      presence = undefined;
      last = undefined;
    } else if (entry) {
      if (!presence)
        throw new SchemaPageError(line, 'a "Required", "Optional" or "Read-Only" heading before the first attribute');
      const { kind, sensitive, deprecated } = parseKind(entry[2]!, line);
      const read: Entry = { name: entry[1]!, presence, kind, sensitive, deprecated, line };
      const link = NESTED_LINK.exec(entry[3]!);
      if (link) read.nestedAnchor = link[1];
      const documented = DEFAULT.exec(entry[3]!);
      if (documented) read.defaultValue = documented[1];
      if (current.entries.some((other) => other.name === read.name))
        throw new SchemaPageError(line, `each attribute once per block, "${read.name}" appears twice`);
      current.entries.push(read);
      last = read;
    } else if (text.trim() === "") {
      // Blank lines separate entries but a description may continue after them only as plain text.
    } else if (last && !text.startsWith("#") && !text.startsWith("- `")) {
      // A description that runs over several lines; its nested-schema link may sit on a later line.
      const link = NESTED_LINK.exec(text);
      if (link) last.nestedAnchor = link[1];
      const documented = DEFAULT.exec(text);
      if (documented && last.defaultValue === undefined) last.defaultValue = documented[1];
    } else if (/^#{1,4} /.test(text) || text.startsWith("- `")) {
      throw new SchemaPageError(
        line,
        `an attribute line "- \`name\` (Type) description", a "### Nested Schema for \`path\`" heading or a Required/Optional/Read-Only heading, got "${text.slice(0, 80)}"`,
      );
    }
  }
  return sections;
}

function objectType(
  section: Section | undefined,
  entry: Entry,
  sections: Map<string, Section>,
  seen: Set<string>,
): TerraformType {
  if (!section)
    throw new SchemaPageError(
      entry.line,
      `a nested schema section for "${entry.name}" (${entry.nestedAnchor ?? "no link"})`,
    );
  const fields: Record<string, TerraformType> = {};
  for (const field of section.entries) {
    if (field.kind.kind === "block")
      throw new SchemaPageError(field.line, `attributes only inside an object attribute, got a block "${field.name}"`);
    fields[field.name] = attributeType(field, sections, seen);
  }
  return ["object", sortKeys(fields)];
}

function attributeType(entry: Entry, sections: Map<string, Section>, seen: Set<string>): TerraformType {
  if (entry.kind.kind !== "attribute") throw new Error("unreachable");
  if (entry.kind.type !== "nested-object") return entry.kind.type;
  const object = objectType(sectionFor(entry, sections, seen), entry, sections, seen);
  return [entry.kind.collection!, object];
}

function sectionFor(entry: Entry, sections: Map<string, Section>, seen: Set<string>): Section | undefined {
  if (!entry.nestedAnchor) return undefined;
  if (seen.has(entry.nestedAnchor))
    throw new SchemaPageError(entry.line, `a nested schema that does not contain itself ("${entry.nestedAnchor}")`);
  seen.add(entry.nestedAnchor);
  return sections.get(entry.nestedAnchor);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key] as T]),
  );
}

function buildBlock(section: Section, sections: Map<string, Section>, seen: Set<string>, isRoot: boolean): SchemaBlock {
  const attributes: Record<string, SchemaAttribute> = {};
  const blockTypes: Record<string, SchemaBlockType> = {};
  for (const entry of section.entries) {
    if (entry.kind.kind === "block") {
      const nested = sectionFor(entry, sections, seen);
      if (!nested) throw new SchemaPageError(entry.line, `a "### Nested Schema for" section for block "${entry.name}"`);
      const blockType: SchemaBlockType = {
        nesting_mode: entry.kind.nesting_mode,
        block: buildBlock(nested, sections, seen, false),
      };
      if (entry.kind.min_items !== undefined) blockType.min_items = entry.kind.min_items;
      if (entry.kind.max_items !== undefined) blockType.max_items = entry.kind.max_items;
      blockTypes[entry.name] = blockType;
      continue;
    }
    const attribute: SchemaAttribute = { type: attributeType(entry, sections, seen), description_kind: "plain" };
    // The SDK gives every resource an "id" that is optional and computed; the pages list it as Read-Only.
    if (isRoot && entry.name === "id" && entry.presence === "computed") attribute.optional = true;
    attribute[entry.presence] = true;
    if (entry.sensitive) attribute.sensitive = true;
    if (entry.deprecated) attribute.deprecated = true;
    if (entry.defaultValue !== undefined) attribute.description = `Defaults to \`${entry.defaultValue}\`.`;
    attributes[entry.name] = sortKeys(attribute as unknown as Record<string, unknown>) as unknown as SchemaAttribute;
  }
  return { attributes: sortKeys(attributes), block_types: sortKeys(blockTypes), description_kind: "plain" };
}

/** The schema block a documentation page describes. Throws SchemaPageError naming the line. */
export function parseSchemaPage(text: string): SchemaBlock {
  const sections = readSections(text);
  const root = sections.get("")!;
  if (root.entries.length === 0)
    throw new SchemaPageError(1, 'at least one attribute under "### Required", "### Optional" or "### Read-Only"');
  const seen = new Set<string>();
  const block = buildBlock(root, sections, seen, true);
  for (const [anchor, section] of sections) {
    if (anchor !== "" && !seen.has(anchor))
      throw new SchemaPageError(section.line, `an attribute that links to nested schema "${anchor}"`);
  }
  return block;
}
