import { describe, expect, test } from "vitest";
import { readPlanJson } from "../../src/inventory/read-plan";
import { SENSITIVE_HIDDEN } from "../../src/inventory/plan-unknowns";
import { planProblemOf as problemOf, threeFormsPlan as plan, type AnyJson } from "../helpers/three-forms-plan";

const ACTION = "genesyscloud_integration_action.lookup";
const CLIENT = "genesyscloud_oauth_client.exporter";

const changeOf = (p: AnyJson, address: string) => p.resource_changes.find((c: AnyJson) => c.address === address);
const plannedOf = (p: AnyJson, address: string) =>
  p.planned_values.root_module.resources.find((r: AnyJson) => r.address === address);
const configOf = (p: AnyJson, address: string) =>
  p.configuration.root_module.resources.find((r: AnyJson) => r.address === address);

/** Sets a resource's planned values (planned_values and the change's after, which Terraform writes alike). */
function plan_(p: AnyJson, address: string, edit: (values: AnyJson) => void): void {
  edit(plannedOf(p, address).values);
  edit(changeOf(p, address).change.after);
}

/** The resource exists already: the change is an update of a prior object (or, with `create`, there is none). */
function existing(p: AnyJson, address: string, actions: string[] = ["update"]): void {
  const change = changeOf(p, address).change;
  change.actions = actions;
  change.before = actions[0] === "create" ? null : structuredClone(change.after);
}

const attributesOf = (p: AnyJson, address: string) =>
  readPlanJson(p, "plan.json").resources.find((r) => r.address === address)!.attributes as AnyJson;

/**
 * `ignore_changes = [config_request[0].headers]` on an action edited in the UI: the configuration
 * (which carries no lifecycle) keeps the configured constant, the plan the prior value (checked with
 * Terraform 1.11: terraform_data with ignore_changes on a member of `input` plans the prior member,
 * while configuration.expressions.input.constant_value is the new one).
 */
function ignoredHeaders(actions: string[] = ["update"]): AnyJson {
  const p = plan();
  configOf(p, ACTION).expressions.config_request[0].headers = { constant_value: { "X-Trace": "terraform" } };
  plan_(p, ACTION, (values) => (values.config_request[0].headers = { "X-Trace": "ui" }));
  existing(p, ACTION, actions);
  return p;
}

// Review 2026-12-06, F12: such plans were refused (exit 2) as "contradicts itself, or was edited".
describe("ignore_changes inside a block: the planned (prior) values are assessed, as for a top-level attribute", () => {
  test("a list block's attribute kept at its prior value is read as planned", () => {
    const headers = attributesOf(ignoredHeaders(), ACTION).config_request[0].headers;
    expect(headers).toEqual({ "X-Trace": "ui" });
  });

  test("with actions no-op too", () => {
    expect(attributesOf(ignoredHeaders(["no-op"]), ACTION).config_request[0].headers).toEqual({ "X-Trace": "ui" });
  });

  // A create has no prior object; a replacement's new object is planned from the configuration with
  // no ignored values (Terraform's node_resource_abstract_instance.go): there, a configured block no
  // planned block can be is a plan that contradicts itself.
  test.each([[["create"]], [["delete", "create"]], [["create", "delete"]]])(
    "with actions %j it is still refused",
    (actions) => {
      expect(problemOf(ignoredHeaders(actions))).toContain(
        `configuration.root_module.resources[2].expressions.config_request[0]: a block that planned_values holds too: no planned block has the values this configured block sets`,
      );
    },
  );

  test("a kept block never takes a configured constant for a value the plan hides", () => {
    const p = ignoredHeaders();
    plan_(p, ACTION, (values) => delete values.config_request[0].request_type);
    changeOf(p, ACTION).change.after_sensitive = { config_request: [{ request_type: true }] };
    expect(attributesOf(p, ACTION).config_request[0].request_type).toBe(SENSITIVE_HIDDEN);
  });

  test("ignore_changes = all on a client whose roles (a set) were changed in the UI: the planned roles are read", () => {
    const p = plan();
    plan_(p, CLIENT, (values) => (values.roles = [{ division_id: "home", role_id: "r-1" }]));
    changeOf(p, CLIENT).change.after_unknown = {};
    existing(p, CLIENT, ["no-op"]);
    expect(attributesOf(p, CLIENT).roles).toEqual([{ division_id: "home", role_id: "r-1" }]);
  });

  test("ignore_changes on a whole block list the prior object has none of: the configured block is not deployed", () => {
    const p = ignoredHeaders();
    plan_(p, ACTION, (values) => (values.config_request = []));
    existing(p, ACTION);
    expect(attributesOf(p, ACTION).config_request ?? []).toEqual([]);
  });
});
