import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { integrationType } from "../../src/catalog/lookup";

const shared = path.resolve(__dirname, "../../../shared");

function filesUnder(folder: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(folder, name))
    .filter((file) => pattern.test(file) && fs.statSync(file).isFile());
}

/** `integration_type = "x"` in HCL and `"integration_type": "x"` in JSON, as real configurations write it. */
function idsInConfigurations(files: string[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/"?integration_type"?\s*[=:]\s*"([a-z0-9][a-z0-9-]*)"/g))
      ids.add(match[1]!);
  }
  return ids;
}

/** The first column of the reference's table of integration types (section 5). */
function idsInReferenceTable(): Set<string> {
  const text = fs.readFileSync(path.join(shared, "reference", "genesys-cloud.md"), "utf8");
  const section = text.slice(
    text.indexOf("## 5. Integration types"),
    text.indexOf("\n## ", text.indexOf("## 5. Integration types") + 5),
  );
  return new Set([...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]!));
}

describe("integration types: every id the docs and real configurations name is in the catalog", () => {
  const catalog = builtInCatalog();

  test("ids in the provider docs' examples", () => {
    const ids = idsInConfigurations(filesUnder(path.join(shared, "reference", "provider-docs", "docs"), /\.md$/));
    expect([...ids].sort()).toEqual(
      expect.arrayContaining(["custom-rest-actions", "embedded-client-app", "imap-server", "purecloud-data-actions"]),
    );
    expect([...ids].filter((id) => !integrationType(catalog, id))).toEqual([]);
  });

  test("ids in the reference's table of integration types", () => {
    const ids = idsInReferenceTable();
    expect(ids.size).toBeGreaterThanOrEqual(13);
    expect([...ids].filter((id) => !integrationType(catalog, id))).toEqual([]);
  });

  test("ids in the real Genesys configurations of the corpus", () => {
    const ids = idsInConfigurations(filesUnder(path.join(shared, "corpus"), /\.(tf|tf\.json|json)$/));
    expect(ids.size).toBeGreaterThan(5);
    expect([...ids].filter((id) => !integrationType(catalog, id))).toEqual([]);
  });

  test("ids Genesys's developer documentation names beyond the provider docs, with what they do", () => {
    // The interaction widget (client-apps docs) and the legacy Bridge data dip (reference, section 5).
    expect(integrationType(catalog, "embedded-client-app-interaction-widget")).toMatchObject({
      direction: "embedded",
      third_party: "possibly",
    });
    expect(integrationType(catalog, "webservices-datadip")).toMatchObject({
      direction: "outbound",
      third_party: "yes",
    });
    // Audio Connector stays unknown: its server is named in a property the engine does not read, and an
    // unknown type fails closed where a known one would be judged without its destination.
    expect(integrationType(catalog, "audio-connector")).toBeUndefined();
  });
});
