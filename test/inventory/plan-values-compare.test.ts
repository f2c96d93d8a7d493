import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readPlanJson } from "../../src/inventory/read-plan";
import { withHiddenValues } from "../../src/inventory/plan-unknowns";

// planned_values and each change's `after` are the same values (Terraform writes both from one plan);
// the reader compares them key order aside, without building a copy of either.
const fixture = path.join(__dirname, "..", "fixtures", "three-forms", "plan.json");
type AnyJson = any;
const LOOKUP = "genesyscloud_integration_action.lookup";
const plan = (): AnyJson => JSON.parse(fs.readFileSync(fixture, "utf8"));
const after = (p: AnyJson) => p.resource_changes.find((c: AnyJson) => c.address === LOOKUP).change.after;
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([key, member]) => [key, reversed(member)]),
        )
      : value;

function readsOrRefuses(edit: (p: AnyJson) => void): string {
  const p = plan();
  edit(p);
  try {
    readPlanJson(p, "plan.json");
    return "read";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("plan reader: planned_values against the change's after", () => {
  test("the same values with their keys in another order are read", () => {
    const p = plan();
    const change = p.resource_changes.find((c: AnyJson) => c.address === LOOKUP).change;
    change.after = reversed(change.after);
    expect(readPlanJson(p, "plan.json").resources.map((r) => r.address)).toEqual(
      readPlanJson(plan(), "plan.json").resources.map((r) => r.address),
    );
  });

  test.each([
    ["a nested value changed", (p: AnyJson) => (after(p).config_request[0].request_type = "POST")],
    ["a member added", (p: AnyJson) => (after(p).extra = null)],
    ["a member removed", (p: AnyJson) => delete after(p).name],
    ["a list made longer", (p: AnyJson) => after(p).config_request.push(after(p).config_request[0])],
    ["a list in place of an object", (p: AnyJson) => (after(p).config_request = { 0: after(p).config_request[0] })],
    ["a number in place of its text", (p: AnyJson) => (after(p).name = 1)],
  ])("%s: refused, naming where", (_, edit) => {
    expect(readsOrRefuses(edit)).toContain(`resource_changes`);
    expect(readsOrRefuses(edit)).toContain(`the values planned_values has for ${LOOKUP}`);
  });

  test("a value no mask marks is returned as it is; one a mask marks is a new value", () => {
    const value = { a: [{ b: 1 }], c: "x" };
    expect(withHiddenValues(value, undefined, undefined)).toBe(value);
    expect(withHiddenValues(value, false, false)).toBe(value);
    expect(withHiddenValues(value, { a: [{ b: true }] }, {})).toEqual({ a: [{ b: "${(known after apply)}" }], c: "x" });
    expect(value).toEqual({ a: [{ b: 1 }], c: "x" });
  });
});
