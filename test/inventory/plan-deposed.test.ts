import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readPlanJson } from "../../src/inventory/read-plan";
import { planProblemOf as problemOf, threeFormsPlan as plan, type AnyJson } from "../helpers/three-forms-plan";

const ACTION = "genesyscloud_integration_action.lookup";

/**
 * The plan with one more change for the action, to a deposed object, as Terraform writes it after an
 * interrupted create_before_destroy replacement (jsonplan: `deposed` is the object's key; a deposed
 * object's only planned action is its delete, with no values after it and no planned_values entry).
 */
function withDeposed(edit: (change: AnyJson) => void = () => {}): AnyJson {
  const p = plan();
  const current = p.resource_changes.find((change: AnyJson) => change.address === ACTION);
  const deposed = structuredClone(current);
  deposed.deposed = "00000001";
  deposed.change = {
    actions: ["delete"],
    before: { ...current.change.after, request_url_template: "https://old.example.com/x" },
    after: null,
    after_unknown: {},
    before_sensitive: {},
    after_sensitive: false,
  };
  edit(deposed);
  p.resource_changes.push(deposed);
  return p;
}

// Review 2026-12-06, F4: such a plan was refused (exit 2) as "listed twice".
describe("a deposed object's change beside the current object's", () => {
  test("a real plan Terraform wrote after an interrupted create_before_destroy replacement is read", () => {
    const real = JSON.parse(
      fs.readFileSync(path.join(__dirname, "plan-shapes", "terraform-data-deposed", "plan.json"), "utf8"),
    );
    expect(real.resource_changes.map((change: AnyJson) => [change.deposed ?? null, change.change.actions])).toEqual([
      [null, ["create", "delete"]],
      ["d3ff81b6", ["delete"]],
    ]);
    expect(() => readPlanJson(real, "plan.json")).not.toThrow();
  });

  test("is read as the deposed object's removal: the current object is assessed, once", () => {
    const inventory = readPlanJson(withDeposed(), "plan.json");
    const actions = inventory.resources.filter((resource) => resource.address === ACTION);
    expect(actions).toHaveLength(1);
    // The current object's values, not the deposed object's (which is destroyed).
    expect(JSON.stringify(actions[0]!.attributes)).not.toContain("old.example.com");
  });

  test("a deposed object's forget (a removed block that keeps it) is read too", () => {
    expect(() =>
      readPlanJson(
        withDeposed((c) => (c.change.actions = ["forget"])),
        "plan.json",
      ),
    ).not.toThrow();
  });

  test.each([
    [
      (c: AnyJson) => (c.change.actions = ["create"]),
      'resource_changes[4] (genesyscloud_integration_action.lookup).change.actions: ["delete"] or ["forget"] for a deposed object',
    ],
    [
      (c: AnyJson) => (c.change.actions = ["delete", "create"]),
      '.change.actions: ["delete"] or ["forget"] for a deposed object',
    ],
    [(c: AnyJson) => (c.change.after = { name: "x" }), ".change.after: null for a deposed object's change"],
    [
      (c: AnyJson) => (c.deposed = 1),
      '.deposed: the key of a deposed object (Terraform writes one, such as "00000001"), got 1',
    ],
    [(c: AnyJson) => (c.deposed = ""), ".deposed: the key of a deposed object"],
  ])("one Terraform would not write is refused (%#)", (edit, expected) => {
    expect(problemOf(withDeposed(edit))).toContain(expected);
  });

  test("the same deposed object listed twice is refused", () => {
    const p = withDeposed();
    p.resource_changes.push(structuredClone(p.resource_changes.at(-1)));
    expect(problemOf(p)).toContain(
      "resource_changes[5] (genesyscloud_integration_action.lookup): one change per deposed object; genesyscloud_integration_action.lookup (deposed 00000001) is listed twice",
    );
  });

  // State JSON (so prior_state) lists a deposed object under the current object's address, with its
  // deposed_key (jsonstate): the plan Terraform writes for F4 has both there too.
  test("prior_state holding the current object and the deposed one under one address is read", () => {
    const p = withDeposed();
    const current = {
      address: ACTION,
      mode: "managed",
      type: "genesyscloud_integration_action",
      name: "lookup",
      values: {},
    };
    p.prior_state = {
      format_version: "1.0",
      values: { root_module: { resources: [current, { ...current, deposed_key: "00000001" }] } },
    };
    expect(readPlanJson(p, "plan.json").resources.filter((r) => r.address === ACTION)).toHaveLength(1);
    p.prior_state.values.root_module.resources.push({ ...current, deposed_key: "00000001" });
    expect(problemOf(p)).toContain(
      "prior_state.values.root_module.resources[2]: one entry per deposed object; genesyscloud_integration_action.lookup (deposed 00000001) is there twice",
    );
  });

  test("a deposed object in planned_values is refused: Terraform plans none", () => {
    const p = withDeposed();
    const planned = p.planned_values.root_module.resources;
    planned.push({ ...planned.find((r: AnyJson) => r.address === ACTION), deposed_key: "00000001" });
    expect(problemOf(p)).toContain(
      "planned_values.root_module.resources[4].deposed_key: no deposed_key in planned_values",
    );
  });

  test("two changes to the current object are still refused", () => {
    const p = withDeposed((c) => delete c.deposed);
    expect(problemOf(p)).toContain(
      "resource_changes[4] (genesyscloud_integration_action.lookup): one change per resource; genesyscloud_integration_action.lookup is listed twice",
    );
  });
});
