import { describe, expect, test } from "vitest";
import { readPlanJson } from "../../src/inventory/read-plan";
import { planProblemOf as problemOf, threeFormsPlan as plan, type AnyJson } from "../helpers/three-forms-plan";

const ACTION = "genesyscloud_integration_action.lookup";

const withMode = (parts: Array<"changes" | "planned" | "configuration">, mode: string) => {
  const p = plan();
  const entries = {
    changes: p.resource_changes,
    planned: p.planned_values.root_module.resources,
    configuration: p.configuration.root_module.resources,
  };
  for (const part of parts) entries[part].find((entry: AnyJson) => entry.address === ACTION).mode = mode;
  return p;
};

// Terraform writes mode "data" exactly for an address with `data.` before its type. A managed
// resource relabelled "data" was skipped as a data source: the action it deploys went unassessed
// and the plan was approved (review 2026-12-06, F3).
describe("a plan entry whose mode is not the one its address says cannot be assessed", () => {
  test.each([
    [["changes", "planned"], "data", "planned_values.root_module.resources[2].mode"],
    [["changes"], "data", "resource_changes[2].mode"],
    [["planned"], "data", "planned_values.root_module.resources[2].mode"],
    [["configuration"], "data", "configuration.root_module.resources[2].mode"],
    [["changes", "planned", "configuration"], "data", "planned_values.root_module.resources[2].mode"],
    [["changes", "planned"], "Managed", "planned_values.root_module.resources[2].mode"],
  ] as const)("mode %j set to %j: an input error at %s", (parts, mode, place) => {
    const message = problemOf(withMode([...parts], mode));
    expect(message).toContain(`plan.json: ${place}: mode `);
    expect(message).toContain(mode === "data" ? 'mode "managed", as its address' : 'mode "managed" or "data"');
  });

  test("a data source whose mode says managed is refused in prior_state too", () => {
    const p = plan();
    p.prior_state = {
      format_version: "1.0",
      values: {
        root_module: {
          resources: [
            {
              address: "data.genesyscloud_auth_division_home.home",
              mode: "managed",
              type: "genesyscloud_auth_division_home",
              name: "home",
              values: {},
            },
          ],
        },
      },
    };
    expect(problemOf(p)).toContain(
      'plan.json: prior_state.values.root_module.resources[0].mode: mode "data", as its address data.genesyscloud_auth_division_home.home says',
    );
  });

  test("an ephemeral resource (Terraform 1.10+) is mode ephemeral, and only one whose address says so", () => {
    const p = plan();
    const ephemeral = {
      address: "ephemeral.random_password.db",
      mode: "ephemeral",
      type: "random_password",
      name: "db",
    };
    p.configuration.root_module.resources.push({ ...ephemeral, expressions: {} });
    expect(() => readPlanJson(p, "plan.json")).not.toThrow();
    expect(problemOf(withMode(["changes", "planned", "configuration"], "ephemeral"))).toContain(
      'mode "managed" or "data" (the only two Terraform writes for an address without ephemeral. before its type), got "ephemeral"',
    );
  });

  test("modes as Terraform writes them are read", () => {
    expect(readPlanJson(plan(), "plan.json").resources.map((r) => r.address)).toContain(ACTION);
  });
});
