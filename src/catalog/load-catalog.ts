import * as fs from "node:fs";
import * as path from "node:path";
import { InputError, type InputProblem } from "../validation/input-error";
import { CATALOG_SCHEMA_VERSION, CatalogSchema, type Catalog } from "./schema";

const DATA_DIR = path.join(__dirname, "data");

const FILES = {
  data_elements: "data-elements.json",
  scopes: "scopes.json",
  permission_domains: "permissions.json",
  integration_types: "integration-types.json",
  regions: "regions.json",
  aws_regions: "aws-regions.json",
  jurisdictions: "jurisdictions.json",
  middleware_hosts: "middleware-hosts.json",
  free_text_endpoints: "free-text-endpoints.json",
  lexicon: "lexicon.json",
  topics: "topics.json",
  resourceTypes: "resource-types.json",
  platformApi: "platform-api.json",
} as const;

let builtIn: Catalog | undefined;

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError([{ file, location: "", expected: `valid JSON (${(error as Error).message})` }]);
  }
}

/** The shipped catalog files as read, before any schema. */
export function builtInCatalogSource(): Record<string, unknown> {
  const raw: Record<string, unknown> = { version: CATALOG_SCHEMA_VERSION };
  for (const [key, file] of Object.entries(FILES)) raw[key] = readJson(path.join(DATA_DIR, file));
  return raw;
}

/**
 * Where a build (scripts/build.ts) writes the shipped catalog as its zod schema parsed it, references
 * checked: beside the data files in dist/. A checkout run through tsx has none and parses the files.
 */
export const CHECKED_CATALOG_FILE = "built-in-catalog.checked.json";

/** The shipped catalog files, parsed by the catalog's zod schema and their references checked. */
export function checkedBuiltInCatalog(): Catalog {
  const parsed = CatalogSchema.safeParse(builtInCatalogSource());
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues.map((issue) => ({
        file: "built-in catalog",
        location: issue.path.join("."),
        expected: issue.message,
      })),
    );
  checkReferences(parsed.data, "built-in catalog");
  return parsed.data;
}

/**
 * The catalog shipped with the package. A build checks it once (the zod parse cost every process
 * 90 ms, issue 28) and ships the result, which is read here; without a build it is checked on first
 * use. The JSON Schema pass (ajv), which exists to explain a user's mistakes well, is left to the
 * tests for the shipped files: compiling it cost every process a quarter of a second.
 */
export function builtInCatalog(): Catalog {
  if (!builtIn) {
    const checked = path.join(DATA_DIR, CHECKED_CATALOG_FILE);
    builtIn = fs.existsSync(checked) ? (readJson(checked) as Catalog) : checkedBuiltInCatalog();
  }
  return builtIn;
}

/** Every data element a scope, permission, type or topic names must exist. */
export function checkReferences(catalog: Catalog, file: string): void {
  const known = new Set(catalog.data_elements.map((element) => element.id));
  const problems: InputProblem[] = [];
  const check = (ids: string[], location: string) =>
    ids.forEach((id, index) => {
      if (!known.has(id))
        problems.push({ file, location: `${location}[${index}]`, expected: `a known data element id, got "${id}"` });
    });
  catalog.scopes.forEach((entry, i) => check(entry.data_elements, `scopes[${i}].data_elements`));
  catalog.permission_domains.forEach((domain, i) =>
    domain.personal_data.forEach((entry, j) =>
      check(entry.data_elements, `permission_domains[${i}].personal_data[${j}].data_elements`),
    ),
  );
  catalog.integration_types.forEach((type, i) =>
    check(type.data_elements_without_actions, `integration_types[${i}].data_elements_without_actions`),
  );
  catalog.topics.forEach((topic, i) => check(topic.data_elements, `topics[${i}].data_elements`));
  for (const [type, entry] of Object.entries(catalog.resourceTypes.resource_types)) {
    check(entry.data_categories, `resource_types.${type}.data_categories`);
    check(
      entry.personal_data_attributes.map((attribute) => attribute.element),
      `resource_types.${type}.personal_data_attributes`,
    );
  }
  if (problems.length > 0) throw new InputError(problems);
}
