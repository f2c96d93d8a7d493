import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CHECKED_CATALOG_FILE, checkedBuiltInCatalog } from "../../src/catalog/load-catalog";

// Issue 28: the build checks the shipped catalog once and dist/ reads the result instead of parsing it with zod on
// every start. What dist/ holds must be exactly what checking the sources gives now, and what the compiled code reads.
const root = path.resolve(__dirname, "..", "..");
const checked = path.join(root, "dist", "src", "catalog", "data", CHECKED_CATALOG_FILE);

describe("the catalog checked by the build (npm run build)", () => {
  test("dist/ holds the sources' catalog as checking it gives now", () => {
    // npm ci and npm run build write dist/; a build older than a catalog change fails here, never answers stale.
    expect(fs.existsSync(checked), "run npm run build").toBe(true);
    expect(JSON.parse(fs.readFileSync(checked, "utf8"))).toStrictEqual(checkedBuiltInCatalog());
  });

  test("the compiled code reads it, and a checkout without a build checks the files itself", () => {
    const compiled = require(path.join(root, "dist", "src", "catalog", "load-catalog.js")) as {
      builtInCatalog: () => unknown;
    };
    expect(compiled.builtInCatalog()).toStrictEqual(checkedBuiltInCatalog());
    expect(fs.existsSync(path.join(root, "src", "catalog", "data", CHECKED_CATALOG_FILE))).toBe(false);
  });
});
