// Transcribes the provider's generated documentation (../shared/reference/provider-docs) into
// provider-schema/genesyscloud.json, in the format of `terraform providers schema -json`, because
// that command needs the provider binary and registry access this project cannot assume; and the
// `ResourceType` union of its resource types into src/inventory/resource-types.ts.
//
//   npm run provider-schema [-- <docs folder> [<output file> [<source facts file> [<resource types module>]]]]
//
// Exit 2 names the page, the line and what was expected when a page does not parse.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseSchemaPage, SchemaPageError, type SchemaBlock } from "./provider-docs/parse-schema-page";
import { resourceTypesModule } from "./provider-docs/resource-types-module";

const root = path.resolve(__dirname, "..");
const docsDir = path.resolve(process.argv[2] ?? path.join(root, "..", "shared", "reference", "provider-docs", "docs"));
const outFile = path.resolve(process.argv[3] ?? path.join(root, "provider-schema", "genesyscloud.json"));
const sourceFactsFile = path.resolve(process.argv[4] ?? path.join(root, "provider-schema", "source-facts.json"));
const typesFile = path.resolve(process.argv[5] ?? path.join(root, "src", "inventory", "resource-types.ts"));
const PROVIDER_KEY = "registry.terraform.io/mypurecloud/genesyscloud";
/** Data sources the readers resolve; the others are not needed to assess a configuration. */
const DATA_SOURCES = ["genesyscloud_auth_role", "genesyscloud_integration"];

class TranscriptionError extends Error {}

function readPage(file: string): SchemaBlock {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new TranscriptionError(`${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parseSchemaPage(text);
  } catch (error) {
    if (error instanceof SchemaPageError)
      throw new TranscriptionError(`${file}:${error.line}: expected ${error.expected}`);
    throw error;
  }
}

function pagesIn(folder: string): string[] {
  if (!fs.existsSync(folder))
    throw new TranscriptionError(`${folder}: expected the provider's docs folder with resources/*.md`);
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort();
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key] as T]),
  );
}

/** Adds the block fields the hand-written page-less schemas leave out, so every type has one shape. */
function completeBlock(block: Partial<SchemaBlock>): SchemaBlock {
  const attributes = Object.fromEntries(
    Object.entries(block.attributes ?? {}).map(([name, attribute]) => [
      name,
      sorted({ ...attribute, description_kind: "plain" }),
    ]),
  ) as unknown as SchemaBlock["attributes"];
  const blockTypes = Object.fromEntries(
    Object.entries(block.block_types ?? {}).map(([name, nested]) => [
      name,
      { ...nested, block: completeBlock(nested.block) },
    ]),
  );
  return { attributes: sorted(attributes), block_types: sorted(blockTypes), description_kind: "plain" };
}

interface SourceFacts {
  resource_schemas: Record<string, { version: number; block: Partial<SchemaBlock> }>;
  attribute_facts: Record<string, { computed?: true; sensitive?: true }>;
}

function readSourceFacts(): SourceFacts {
  let facts: unknown;
  try {
    facts = JSON.parse(fs.readFileSync(sourceFactsFile, "utf8"));
  } catch (error) {
    throw new TranscriptionError(`${sourceFactsFile}: expected readable JSON (${(error as Error).message})`);
  }
  const record = facts as Partial<SourceFacts> | null;
  const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(record) || !isObject(record!.resource_schemas) || !isObject(record!.attribute_facts)) {
    throw new TranscriptionError(
      `${sourceFactsFile}: expected an object with "resource_schemas" and "attribute_facts" objects`,
    );
  }
  for (const [type, schema] of Object.entries(record!.resource_schemas!)) {
    if (!isObject(schema) || typeof schema.version !== "number" || !isObject(schema.block)) {
      throw new TranscriptionError(
        `${sourceFactsFile}: resource_schemas["${type}"]: expected { "version": number, "block": { "attributes": … } }`,
      );
    }
  }
  return record as SourceFacts;
}

/** Sets the flags the pages leave out; a path that names nothing means the facts are out of date. */
function applyAttributeFacts(
  facts: SourceFacts["attribute_facts"],
  provider: SchemaBlock,
  resources: Record<string, { block: SchemaBlock }>,
): void {
  for (const [fullPath, flags] of Object.entries(facts)) {
    const [type, ...steps] = fullPath.split(".");
    let block: SchemaBlock | undefined = type === "provider" ? provider : resources[type ?? ""]?.block;
    for (const step of steps.slice(0, -1)) block = block?.block_types[step]?.block;
    const attribute = block?.attributes[steps[steps.length - 1] ?? ""];
    if (!attribute)
      throw new TranscriptionError(
        `${sourceFactsFile}: attribute_facts["${fullPath}"]: expected an attribute the pages define`,
      );
    Object.assign(attribute, flags);
    const ordered = sorted(attribute as unknown as Record<string, unknown>);
    for (const key of Object.keys(attribute)) delete (attribute as unknown as Record<string, unknown>)[key];
    Object.assign(attribute, ordered);
  }
}

function transcribe(): object {
  const resources: Record<string, { version: number; block: SchemaBlock }> = {};
  for (const page of pagesIn(path.join(docsDir, "resources"))) {
    resources[`genesyscloud_${page.replace(/\.md$/, "")}`] = {
      version: 0,
      block: readPage(path.join(docsDir, "resources", page)),
    };
  }
  const facts = readSourceFacts();
  for (const [type, schema] of Object.entries(facts.resource_schemas)) {
    if (resources[type])
      throw new TranscriptionError(
        `${sourceFactsFile}: ${type} has a documentation page now; remove it from resource_schemas`,
      );
    resources[type] = { version: schema.version, block: completeBlock(schema.block) };
  }
  const dataSources: Record<string, { version: number; block: SchemaBlock }> = {};
  for (const type of DATA_SOURCES) {
    dataSources[type] = {
      version: 0,
      block: readPage(path.join(docsDir, "data-sources", `${type.replace(/^genesyscloud_/, "")}.md`)),
    };
  }
  const provider = readPage(path.join(docsDir, "index.md"));
  applyAttributeFacts(facts.attribute_facts, provider, resources);
  return {
    format_version: "1.0",
    provider_schemas: {
      [PROVIDER_KEY]: {
        provider: { version: 0, block: provider },
        resource_schemas: sorted(resources),
        data_source_schemas: sorted(dataSources),
      },
    },
  };
}

try {
  const schema = transcribe();
  const types = Object.keys(
    (schema as { provider_schemas: Record<string, { resource_schemas: object }> }).provider_schemas[PROVIDER_KEY]
      ?.resource_schemas ?? {},
  );
  fs.writeFileSync(outFile, `${JSON.stringify(schema, null, 1)}\n`);
  fs.writeFileSync(typesFile, resourceTypesModule(types));
  console.log(
    `${path.relative(process.cwd(), outFile) || outFile}: ${types.length} resource types from ${path.relative(root, docsDir) || docsDir}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof TranscriptionError ? 2 : 1);
}
