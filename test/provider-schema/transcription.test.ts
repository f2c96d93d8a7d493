import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { knownResourceTypes, providerSchema, resourceSchema, type SchemaBlock } from "../../src/inventory/provider-schema";
import { RESOURCE_TYPES } from "../../src/inventory/resource-types";
import { parseSchemaPage, SchemaPageError } from "../../scripts/provider-docs/parse-schema-page";
import { run } from "../helpers/run-cli";

const repo = path.resolve(__dirname, "../..");
const docs = path.resolve(repo, "../shared/reference/provider-docs/docs");
const script = path.join(repo, "scripts", "transcribe-provider-docs.ts");
const tsx = path.join(repo, "node_modules", ".bin", "tsx");

function runScript(args: string[]) {
  return run(tsx, [script, ...args], { timeout: 110_000 });
}

/** Attribute and block entries the page's "## Schema" section lists, read without the transcriber. */
function entriesOnPage(file: string): number {
  const text = fs.readFileSync(file, "utf8");
  const section = text.slice(text.search(/^## Schema$/m)).split(/\n(?=## )/)[0]!;
  return section.split("\n").filter((line) => /^- `[A-Za-z0-9_]+` \(/.test(line)).length;
}

/** Entries of a transcribed block: attributes, blocks and the fields of object attributes, at every depth. */
function entriesInSchema(block: SchemaBlock): number {
  const typeEntries = (type: unknown): number => {
    if (!Array.isArray(type)) return 0;
    if (type[0] === "object") return Object.values(type[1] as Record<string, unknown>).reduce<number>((sum, field) => sum + 1 + typeEntries(field), 0);
    return typeEntries(type[1]);
  };
  const attributes = Object.values(block.attributes ?? {}).reduce((sum, attribute) => sum + 1 + typeEntries(attribute.type), 0);
  const blocks = Object.values(block.block_types ?? {}).reduce((sum, nested) => sum + 1 + entriesInSchema(nested.block), 0);
  return attributes + blocks;
}

type Attribute = { type: unknown; required?: boolean; optional?: boolean; computed?: boolean; sensitive?: boolean };
const attribute = (block: SchemaBlock | undefined, name: string) => block?.attributes?.[name] as Attribute | undefined;
const nested = (block: SchemaBlock | undefined, name: string) => block?.block_types?.[name] as { nesting_mode: string; min_items?: number; max_items?: number; block: SchemaBlock } | undefined;

describe("provider schema transcribed from the provider's docs", () => {
  test("has all 145 resource types: 143 pages and the two types without one", () => {
    const pages = fs.readdirSync(path.join(docs, "resources")).filter((name) => name.endsWith(".md"));
    expect(pages).toHaveLength(143);
    expect(knownResourceTypes()).toHaveLength(145);
    expect(knownResourceTypes()).toEqual(expect.arrayContaining(["genesyscloud_bcp_tf_exporter", "genesyscloud_externalusers_identity", ...pages.map((page) => `genesyscloud_${page.replace(/\.md$/, "")}`)]));
  });

  test("every page lists exactly as many attributes and blocks as its transcription holds", () => {
    const mismatches: string[] = [];
    for (const page of fs.readdirSync(path.join(docs, "resources"))) {
      const type = `genesyscloud_${page.replace(/\.md$/, "")}`;
      const onPage = entriesOnPage(path.join(docs, "resources", page));
      const inSchema = entriesInSchema(resourceSchema(type)!);
      if (onPage !== inSchema) mismatches.push(`${type}: page ${onPage}, schema ${inSchema}`);
    }
    expect(mismatches).toEqual([]);
    expect(entriesInSchema(providerSchema())).toBe(entriesOnPage(path.join(docs, "index.md")));
  });

  test("a sample of types matches what their pages say: types, presence, nesting and bounds", () => {
    const route = resourceSchema("genesyscloud_routing_email_route");
    expect(attribute(route, "domain_id")).toMatchObject({ type: "string", required: true });
    expect(attribute(route, "skill_ids")).toMatchObject({ type: ["set", "string"], optional: true });
    expect(nested(route, "auto_bcc")).toMatchObject({ nesting_mode: "set" });
    expect(nested(route, "auto_bcc")?.max_items).toBeUndefined();
    expect(attribute(nested(route, "auto_bcc")?.block, "email")).toMatchObject({ type: "string", required: true });
    expect(nested(route, "reply_email_address")).toMatchObject({ nesting_mode: "list", max_items: 1 });

    const open = resourceSchema("genesyscloud_conversations_messaging_integrations_open");
    expect(attribute(open, "outbound_notification_webhook_url")).toMatchObject({ type: "string", required: true });
    expect(attribute(open, "webhook_headers")).toMatchObject({ type: "string", optional: true });
    expect(attribute(open, "id")).toMatchObject({ optional: true, computed: true });

    const user = resourceSchema("genesyscloud_user");
    expect(attribute(user, "password")).toMatchObject({ type: "string", optional: true, sensitive: true });
    expect(attribute(user, "addresses")?.type).toEqual([
      "list",
      ["object", {
        other_emails: ["set", ["object", { address: "string", type: "string" }]],
        phone_numbers: ["set", ["object", { extension: "string", extension_pool_id: "string", media_type: "string", number: "string", type: "string" }]],
      }],
    ]);

    const variation = resourceSchema("genesyscloud_knowledge_document_variation");
    expect(nested(variation, "knowledge_document_variation")).toMatchObject({ nesting_mode: "list", min_items: 1, max_items: 1 });
    const body = nested(nested(variation, "knowledge_document_variation")?.block, "body");
    expect(nested(body?.block, "blocks")).toMatchObject({ nesting_mode: "list", min_items: 1 });
    expect(attribute(nested(variation, "knowledge_document_variation")?.block, "document_version")).toMatchObject({ computed: true });

    const contact = resourceSchema("genesyscloud_outbound_contact_list_contact");
    expect(attribute(contact, "data")).toMatchObject({ type: ["map", "string"], required: true });
    expect(nested(nested(contact, "contactable_status")?.block, "column_status")).toMatchObject({ nesting_mode: "set" });

    expect(attribute(resourceSchema("genesyscloud_integration_credential"), "fields")).toMatchObject({ type: ["map", "string"], sensitive: true });
    expect(nested(resourceSchema("genesyscloud_idp_adfs"), "timeouts")).toMatchObject({ nesting_mode: "single" });
    expect(attribute(resourceSchema("genesyscloud_telephony_providers_edges_trunkbasesettings"), "properties")).toMatchObject({ type: "string" });

    expect(nested(providerSchema(), "gateway")).toMatchObject({ nesting_mode: "set" });
    expect(nested(providerSchema(), "proxy")).toMatchObject({ nesting_mode: "set", max_items: 1 });
    expect(attribute(providerSchema(), "oauthclient_secret")).toMatchObject({ sensitive: true });
  });

  test("the two types without a page have the attributes of their Go schema at v1.84.1", () => {
    const exporter = resourceSchema("genesyscloud_bcp_tf_exporter");
    expect(Object.keys(exporter?.attributes ?? {}).sort()).toEqual(["directory", "exclude_filter_resources", "filename", "id", "include_filter_resources", "log_permissions_filename"]);
    expect(attribute(exporter, "include_filter_resources")).toMatchObject({ type: ["list", "string"], optional: true });
    const identity = resourceSchema("genesyscloud_externalusers_identity");
    expect(Object.keys(identity?.attributes ?? {}).sort()).toEqual(["authority_name", "external_key", "id", "user_id"]);
    for (const name of ["authority_name", "external_key", "user_id"]) expect(attribute(identity, name)).toMatchObject({ type: "string", required: true });
  });

  test("npm ci generated a binding class for every resource type and the two data sources", () => {
    const gen = path.join(repo, ".gen", "providers", "genesyscloud");
    const expected = [...knownResourceTypes().map((type) => type.replace(/^genesyscloud_/, "").replace(/_/g, "-")), "provider", "data-genesyscloud-auth-role", "data-genesyscloud-integration"];
    expect(expected.filter((folder) => !fs.existsSync(path.join(gen, folder, "index.ts")))).toEqual([]);
    expect(fs.readFileSync(path.join(gen, "routing-email-route", "index.ts"), "utf8")).toContain('public static readonly tfResourceType = "genesyscloud_routing_email_route"');
  });

  test("the committed files are what the script writes from the docs (run npm run provider-schema)", { timeout: 120_000 }, () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "provider-schema-"));
    const out = path.join(folder, "genesyscloud.json");
    const types = path.join(folder, "resource-types.ts");
    const result = runScript([docs, out, path.join(repo, "provider-schema", "source-facts.json"), types]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("145 resource types");
    expect(fs.readFileSync(out, "utf8")).toBe(fs.readFileSync(path.join(repo, "provider-schema", "genesyscloud.json"), "utf8"));
    expect(fs.readFileSync(types, "utf8")).toBe(fs.readFileSync(path.join(repo, "src", "inventory", "resource-types.ts"), "utf8"));
    expect(RESOURCE_TYPES).toEqual(knownResourceTypes());
  });
});

describe("a page that does not parse", () => {
  const page = (schema: string) => `# genesyscloud_x (Resource)\n\n## Schema\n\n${schema}\n`;
  const errorOf = (text: string) => {
    try {
      parseSchemaPage(text);
    } catch (error) {
      if (error instanceof SchemaPageError) return { line: error.line, expected: error.expected };
      throw error;
    }
    return undefined;
  };

  test("names the line and what was expected there", () => {
    expect(errorOf("# genesyscloud_x\n\nno schema here\n")).toEqual({ line: 1, expected: 'a "## Schema" section' });
    expect(errorOf(page("### Required\n\n- `name` (Strnig) The name."))).toMatchObject({ line: 7, expected: expect.stringContaining('got "Strnig"') });
    expect(errorOf(page("### Required\n\n- `name` (String, Max: 1) The name."))).toMatchObject({ line: 7, expected: expect.stringContaining("Min/Max only on a block") });
    expect(errorOf(page("- `name` (String) The name."))).toMatchObject({ line: 5, expected: expect.stringContaining("Required") });
    expect(errorOf(page("### Optional\n\n- `auto_bcc` (Block Set) Copies."))).toMatchObject({ line: 7, expected: expect.stringContaining('section for block "auto_bcc"') });
    expect(errorOf(page("### Optional\n\n- `a` (String) A.\n- `a` (Number) A again."))).toMatchObject({ line: 8, expected: expect.stringContaining('"a" appears twice') });
    expect(errorOf(page('### Optional\n\n- `a` (String) A.\n\n<a id="nestedblock--b"></a>\n### Nested Schema for `c`\n\nOptional:\n\n- `d` (String) D.'))).toMatchObject({ line: 10, expected: expect.stringContaining('"b"') });
    expect(errorOf(page('### Optional\n\n- `a` (String) A.\n\n<a id="nestedblock--b"></a>\n### Nested Schema for `b`\n\nOptional:\n\n- `d` (String) D.'))).toMatchObject({ line: 10, expected: expect.stringContaining('links to nested schema "nestedblock--b"') });
    expect(errorOf(page("### Optional\n\n- `a` (String) A.\n### Something else"))).toMatchObject({ line: 8 });
  });

  test("an anchor without its heading is refused; Windows line endings read the same", () => {
    expect(errorOf(page('### Optional\n\n- `a` (String) A.\n\n<a id="nestedblock--b"></a>\n\n- `c` (String) C.'))).toMatchObject({ line: 11, expected: expect.stringContaining('after the anchor "nestedblock--b"') });
    const lf = fs.readFileSync(path.join(docs, "resources", "routing_email_route.md"), "utf8");
    expect(parseSchemaPage(lf.replace(/\n/g, "\r\n"))).toEqual(parseSchemaPage(lf));
  });

  test("a nested schema that links to itself is refused, not followed forever", () => {
    const looping = page('### Optional\n\n- `a` (Set of Object) A. (see [below for nested schema](#nestedatt--a))\n\n<a id="nestedatt--a"></a>\n### Nested Schema for `a`\n\nOptional:\n\n- `b` (Set of Object) (see [below for nested schema](#nestedatt--a))');
    expect(errorOf(looping)).toMatchObject({ expected: expect.stringContaining("does not contain itself") });
  });

  test("the script exits 2 naming the file, the line and what it expected, and writes nothing", { timeout: 120_000 }, () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "provider-docs-"));
    fs.mkdirSync(path.join(folder, "resources"));
    fs.mkdirSync(path.join(folder, "data-sources"));
    fs.copyFileSync(path.join(docs, "index.md"), path.join(folder, "index.md"));
    for (const name of ["auth_role.md", "integration.md"]) fs.copyFileSync(path.join(docs, "data-sources", name), path.join(folder, "data-sources", name));
    const broken = fs.readFileSync(path.join(docs, "resources", "routing_email_route.md"), "utf8").replace("- `domain_id` (String)", "- `domain_id` (Text)");
    fs.writeFileSync(path.join(folder, "resources", "routing_email_route.md"), broken);
    const brokenLine = broken.split("\n").findIndex((line) => line.startsWith("- `domain_id` (Text)")) + 1;
    const out = path.join(folder, "out.json");
    const result = runScript([folder, out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`${path.join(folder, "resources", "routing_email_route.md")}:${brokenLine}: expected a type such as String, Number, Boolean, "List of String", "Set of Object", "Map of String" or "Block List, Max: 1", got "Text"`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("the script exits 2 naming source-facts.json and the fact that no longer matches the pages", { timeout: 120_000 }, () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "source-facts-"));
    const facts = JSON.parse(fs.readFileSync(path.join(repo, "provider-schema", "source-facts.json"), "utf8"));
    facts.attribute_facts["genesyscloud_user.shoe_size"] = { sensitive: true };
    fs.writeFileSync(path.join(folder, "stale.json"), JSON.stringify(facts));
    fs.writeFileSync(path.join(folder, "truncated.json"), '{"resource_schemas": {');
    const stale = runScript([docs, path.join(folder, "out.json"), path.join(folder, "stale.json")]);
    expect(stale.status).toBe(2);
    expect(stale.stderr.trim()).toBe(`${path.join(folder, "stale.json")}: attribute_facts["genesyscloud_user.shoe_size"]: expected an attribute the pages define`);
    const truncated = runScript([docs, path.join(folder, "out.json"), path.join(folder, "truncated.json")]);
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toContain(`${path.join(folder, "truncated.json")}: expected readable JSON`);
    expect(fs.existsSync(path.join(folder, "out.json"))).toBe(false);
  });

  test("the script exits 2 for a docs folder that does not exist", { timeout: 120_000 }, () => {
    const result = runScript([path.join(os.tmpdir(), "no-such-provider-docs"), path.join(os.tmpdir(), "unused.json")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("expected the provider's docs folder with resources/*.md");
  });
});
