import { describe, expect, test } from "vitest";
import { builtInCatalogSource } from "../../src/catalog/load-catalog";
import { CatalogSchema } from "../../src/catalog/schema";
import { validateAgainst } from "../../src/validation/schema-validator";

// At run time the shipped catalog is checked by zod alone (fast); its published JSON Schema, the one
// users' catalog additions are held to, must accept the shipped files too.
describe("the shipped catalog", () => {
  test("is valid against the catalog's JSON Schema", () => {
    expect(validateAgainst(CatalogSchema, builtInCatalogSource(), "built-in catalog")).toEqual([]);
  });

  test("a broken entry is named by the JSON Schema check", () => {
    const source = builtInCatalogSource() as { data_elements: Array<Record<string, unknown>> };
    source.data_elements[0] = { ...source.data_elements[0], risk_level: "Catastrophic" };
    expect(validateAgainst(CatalogSchema, source, "built-in catalog").map((problem) => problem.location)).toContain(
      "data_elements[0].risk_level",
    );
  });
});
