import { describe, expect, test } from "vitest";
import { PlanSchema } from "../../src/inventory/plan-schema";
import { readPlanJson } from "../../src/inventory/read-plan";
import { planProblemOf as problemOf, threeFormsPlan as plan } from "../helpers/three-forms-plan";

describe("readPlanJson", () => {
  // The reader returns the plan as ajv accepted it, without zod's copy: that is sound only while
  // the schema adds nothing to the JSON (no default, transform or refinement), as here.
  test("the plan schema states nothing JSON Schema does not: zod reads a plan as it is", () => {
    expect(PlanSchema.parse(plan())).toEqual(plan());
  });

  test("reads the Genesys resources of a plan, in child modules too", () => {
    const inventory = readPlanJson(plan(), "plan.json");
    expect(inventory.resources.map((resource) => resource.address)).toContain("genesyscloud_oauth_client.exporter");
  });

  // A plan whose structure is not what Terraform writes must not pass as "nothing to assess".
  test.each([
    [
      "resources that are not a list",
      (p: any) => {
        p.planned_values.root_module.resources = "oops";
      },
      "plan.json: planned_values.root_module.resources: expected array",
    ],
    [
      "a configured resource without a type",
      (p: any) => {
        delete p.configuration.root_module.resources[0].type;
      },
      'plan.json: configuration.root_module.resources[0]: missing required property "type"',
    ],
    [
      "a provider configuration without a name",
      (p: any) => {
        p.configuration.provider_config = { genesyscloud: { expressions: {} } };
      },
      'plan.json: configuration.provider_config.genesyscloud: missing required property "name"',
    ],
    [
      "a child module that is not an object",
      (p: any) => {
        p.planned_values.root_module.child_modules = [42];
      },
      "plan.json: planned_values.root_module.child_modules[0]: expected object",
    ],
  ])("%s: an input error naming the place", (_name, spoil, expected) => {
    const spoilt = plan();
    spoil(spoilt);
    expect(problemOf(spoilt)).toContain(expected);
  });

  test("blocks made by a dynamic block, absent from the configuration's expressions, are read from the planned values", () => {
    const spoilt = plan();
    const configured = spoilt.configuration.root_module.resources.find(
      (resource: any) => resource.address === "genesyscloud_oauth_client.exporter",
    );
    delete configured.expressions.roles;
    const client = readPlanJson(spoilt, "plan.json").resources.find(
      (resource) => resource.address === "genesyscloud_oauth_client.exporter",
    )!;
    expect(client.attributes.roles).toEqual([expect.objectContaining({ division_id: "*" })]);
  });
});
