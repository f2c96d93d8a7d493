import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { FidesDataCategorySchema } from "../../src/catalog/schema";

/** fideslang's default taxonomy, as its source declares it (the vector names the file and commit). */
const taxonomy = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "vectors", "fideslang", "data-categories.json"), "utf8"),
) as { source: string; data_categories: Array<{ fides_key: string; parent_key: string | null }> };
const keys = new Set(taxonomy.data_categories.map((category) => category.fides_key));

describe("the catalog's fideslang data categories", () => {
  test("the vector is fideslang's default taxonomy: user.contact.email and user.financial.bank_account are in it", () => {
    expect(taxonomy.source).toMatch(/^https:\/\/github\.com\/ethyca\/fideslang\/blob\/[0-9a-f]{40}\//);
    expect(keys).toContain("user.contact.email");
    expect(keys).toContain("user.financial.bank_account");
    // Every parent is itself a category: the tree the keys are read from is whole.
    for (const category of taxonomy.data_categories)
      if (category.parent_key) expect(keys, category.fides_key).toContain(category.parent_key);
  });

  test("every built-in data element names at least one category, and each is a key of the default taxonomy", () => {
    for (const element of builtInCatalog().data_elements) {
      expect(element.fides_data_categories?.length ?? 0, element.id).toBeGreaterThan(0);
      for (const key of element.fides_data_categories ?? []) expect(keys, `${element.id}: ${key}`).toContain(key);
    }
  });

  test("an element that could hold anything is the whole user category, never a narrower guess", () => {
    const byId = new Map(builtInCatalog().data_elements.map((element) => [element.id, element]));
    for (const id of ["unknown_data", "unknown_contract_data", "unstructured_free_text", "participant_data"])
      expect(byId.get(id)?.fides_data_categories, id).toEqual(["user"]);
    expect(byId.get("contact_pii")?.fides_data_categories).toContain("user.contact.email");
    expect(byId.get("financial_account")?.fides_data_categories).toEqual(["user.financial.bank_account"]);
    expect(byId.get("payment_card_pan")?.fides_data_categories).toEqual(["user.financial.credit_card"]);
  });

  test("a key must be dotted snake_case: a policy's custom category is accepted, a misspelt form is not", () => {
    expect(FidesDataCategorySchema.safeParse("user.contact.email").success).toBe(true);
    expect(FidesDataCategorySchema.safeParse("user.custom_crm_field").success).toBe(true);
    for (const bad of ["User.Contact", "user..email", "user.contact.", ".user", "user contact", ""])
      expect(FidesDataCategorySchema.safeParse(bad).success, bad).toBe(false);
  });
});
