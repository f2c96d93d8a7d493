import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { plannedBody, type PlanBodyProblem } from "../../src/inventory/plan-bodies";
import { configAddressOf, configuredResources, plannedResources } from "../../src/inventory/plan-index";
import { KNOWN_AFTER_APPLY } from "../../src/inventory/plan-unknowns";
import { changesByAddress, plannedValuesOf, readValuesOf } from "../../src/inventory/plan-values";

// A real `terraform show -json` of a saved plan (Terraform 1.11.4, offline, built-in provider
// only): plan-shapes/terraform-data/ holds the configuration and how to make it again. It pins
// the shapes the plan reader relies on, so that no test of the reader rests on a guessed shape.
const folder = path.join(__dirname, "plan-shapes", "terraform-data");
type AnyJson = any;
const real: AnyJson = JSON.parse(fs.readFileSync(path.join(folder, "plan.json"), "utf8"));
const FILE = "plan.json";

const planned = plannedResources(real.planned_values.root_module, FILE);
const changes = changesByAddress(real.resource_changes, FILE);
const configured = configuredResources(real.configuration.root_module);
const valuesOf = (address: string) => plannedValuesOf(planned.get(address)!, changes.get(address), FILE);

describe("a real plan: the shapes Terraform writes", () => {
  test("planned_values and each change's after are the same values, for every planned resource", () => {
    expect(planned.size).toBe(8);
    for (const address of planned.keys()) expect(() => valuesOf(address), address).not.toThrow();
  });

  test("after_unknown: a left-out member, a null list element and a whole attribute are known only after apply", () => {
    expect(
      real.resource_changes.find((c: AnyJson) => c.address === "terraform_data.action").change.after_unknown,
    ).toEqual({ id: true, input: { contract_input: true, tags: [false, true] }, output: true });
    expect(valuesOf("terraform_data.action")).toEqual({
      id: KNOWN_AFTER_APPLY,
      output: KNOWN_AFTER_APPLY,
      triggers_replace: null,
      input: {
        contract_input: KNOWN_AFTER_APPLY,
        fixed: "constant",
        name: "Lookup",
        tags: ["Lookup", KNOWN_AFTER_APPLY],
        url: "https://crm.example.com/api",
      },
    });
    expect(valuesOf("data.terraform_remote_state.later")).toMatchObject({
      config: { path: KNOWN_AFTER_APPLY },
      outputs: KNOWN_AFTER_APPLY,
    });
  });

  test("after_sensitive: terraform show -json shows a sensitive value, and marks it; shown, it is read as shown", () => {
    const change = real.resource_changes.find((c: AnyJson) => c.address === "module.child.terraform_data.inner");
    expect(change.change.after_sensitive).toEqual({ input: { secret: true }, output: {} });
    expect(valuesOf("module.child.terraform_data.inner")).toMatchObject({
      input: { id: KNOWN_AFTER_APPLY, plain: "constant", secret: "https://crm.example.com/api" },
    });
  });

  test("every attribute the configuration sets is planned or marked unknown, in modules and instances too", () => {
    for (const [address, entry] of planned) {
      const config = configured.get(configAddressOf(address)!)!;
      const problems: PlanBodyProblem[] = [];
      const body = plannedBody(config.item.expressions ?? {}, valuesOf(address), {}, undefined, problems);
      expect(problems, address).toEqual([]);
      expect(Object.keys(body).sort(), address).toEqual(Object.keys(config.item.expressions ?? {}).sort());
      expect(entry.item.type).toBe(config.item.type);
    }
  });

  test("an attribute written with references to variables is its planned value, not a variable's", () => {
    const config = configured.get("terraform_data.action")!;
    expect(config.item.expressions!.input).toEqual({ references: ["var.name", "var.crm_url", "var.name"] });
    const body = plannedBody(config.item.expressions, valuesOf("terraform_data.action"), { name: "x" }, undefined, []);
    expect((body.input as AnyJson).contract_input).toBe(KNOWN_AFTER_APPLY);
  });

  test("count and for_each: what configuration shows of them, and resources with no instance", () => {
    const repeated = Object.fromEntries([...configured].map(([address, entry]) => [address, entry.repeated]));
    expect(repeated).toMatchObject({ "terraform_data.counted": true, "terraform_data.none": true });
    // Terraform leaves out an expression without references that it cannot evaluate statically:
    // count = length([]) and for_each = toset([...]) leave no trace in configuration.
    expect(repeated).toMatchObject({ "terraform_data.none_by_function": false, "terraform_data.each": false });
    const instances = [...planned.keys()].map(configAddressOf);
    expect(instances).not.toContain("terraform_data.none");
    expect(instances).not.toContain("terraform_data.none_by_function");
  });

  test("a data source read while planning is in prior_state only, with every attribute its configuration sets", () => {
    const read = plannedResources(real.prior_state.values.root_module, FILE, "prior_state.values.root_module");
    expect([...read.keys()]).toEqual(["data.terraform_remote_state.now"]);
    expect(planned.has("data.terraform_remote_state.now")).toBe(false);
    expect(changes.has("data.terraform_remote_state.now")).toBe(false);
    const values = readValuesOf(read.get("data.terraform_remote_state.now")!, FILE);
    expect(values).toMatchObject({
      config: { path: "./crm.tfstate" },
      outputs: { crm_url: "https://crm.example.com/api" },
    });
    const problems: PlanBodyProblem[] = [];
    const config = configured.get("data.terraform_remote_state.now")!;
    expect(plannedBody(config.item.expressions, values, {}, undefined, problems)).toEqual({
      backend: "local",
      config: { path: "./crm.tfstate" },
    });
    expect(problems).toEqual([]);
  });
});
