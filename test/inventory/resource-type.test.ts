import { describe, expect, test } from "vitest";
import { classifyByCatalog } from "../../src/classify/resources/classify-by-catalog";
import { classifierFor } from "../../src/classify/resources/registry";
import type { ClassifierRegistry } from "../../src/classify/resources/resource-classifier";
import { catalogSubject } from "../../src/flows/subjects/catalog-subject";
import { subjectBuilderFor } from "../../src/flows/subjects/registry";
import type { SubjectBuilder, SubjectBuilderRegistry } from "../../src/flows/subjects/subject-builder";
import { entryFor, hasType, ofType, typeIn, typesOf, type ResourceType } from "../../src/inventory/resource-type";
import { RESOURCE_TYPES } from "../../src/inventory/resource-types";
import { declareRule } from "../../src/rules/rule";
import { ScriptFileReadable } from "../../src/rules/script/ScriptFileReadable";

const fromCatalog: SubjectBuilder = { pass: "fallback", build: catalogSubject };

describe("ResourceType: a misspelt resource type does not compile", () => {
  // Each @ts-expect-error below fails the typecheck if the line it marks ever compiles again.
  test("in the classifier registry", () => {
    const classifiers: ClassifierRegistry = {
      genesyscloud_script: classifyByCatalog,
      // @ts-expect-error genesyscloud_scirpt is not a type of the provider
      genesyscloud_scirpt: classifyByCatalog,
    };
    expect(Object.keys(classifiers)).toHaveLength(2);
  });

  test("in the subject-builder registry", () => {
    const builders: SubjectBuilderRegistry = {
      genesyscloud_routing_queue: fromCatalog,
      // @ts-expect-error genesyscloud_routing_queues is not a type of the provider
      genesyscloud_routing_queues: fromCatalog,
    };
    expect(Object.keys(builders)).toHaveLength(2);
  });

  test("in a rule's resourceTypes", () => {
    const rule = declareRule({
      ...ScriptFileReadable,
      // @ts-expect-error genesyscloud_scripts is not a type of the provider
      resourceTypes: ["genesyscloud_script", "genesyscloud_scripts"],
    });
    expect(rule.id).toBe(ScriptFileReadable.id);
  });

  test("in a comparison with a resource's type", () => {
    const resource = { type: "genesyscloud_integration" };
    // @ts-expect-error genesyscloud_intergation is not a type of the provider
    expect(hasType(resource, "genesyscloud_intergation")).toBe(false);
    expect(hasType(resource, "genesyscloud_integration")).toBe(true);
  });
});

describe("ResourceType helpers: a type read from the configuration may be anything", () => {
  test("the union holds every type of the provider schema", () => {
    expect(RESOURCE_TYPES).toHaveLength(145);
    expect(RESOURCE_TYPES).toContain("genesyscloud_bcp_tf_exporter");
  });

  test("compare and look up by type without trusting the configuration's string", () => {
    const table: Partial<Record<ResourceType, string>> = { genesyscloud_user: "user" };
    expect(entryFor(table, "genesyscloud_user")).toBe("user");
    expect(entryFor(table, "genesyscloud_group")).toBeUndefined();
    expect(entryFor(table, "toString")).toBeUndefined();
    expect(entryFor(table, "genesyscloud_not_a_type")).toBeUndefined();
    expect(typesOf(table)).toEqual(["genesyscloud_user"]);
    expect(typeIn("genesyscloud_user", "genesyscloud_group", "genesyscloud_user")).toBe(true);
    expect(hasType(undefined, "genesyscloud_user")).toBe(false);
    const user = { type: "genesyscloud_user", name: "a" };
    expect(ofType(user, "genesyscloud_user")).toBe(user);
    expect(ofType(user, "genesyscloud_group")).toBeUndefined();
  });

  test("a type without an entry of its own, or unknown to the provider, is judged from the catalog", () => {
    expect(classifierFor("genesyscloud_architect_ivr")).toBe(classifyByCatalog);
    expect(classifierFor("genesyscloud_not_a_type")).toBe(classifyByCatalog);
    expect(classifierFor("constructor")).toBe(classifyByCatalog);
    expect(classifierFor("genesyscloud_integration")).not.toBe(classifyByCatalog);
    expect(subjectBuilderFor("genesyscloud_architect_ivr").pass).toBe("fallback");
    expect(subjectBuilderFor("genesyscloud_not_a_type").pass).toBe("fallback");
    expect(subjectBuilderFor("genesyscloud_integration").pass).toBe("owner");
  });
});
