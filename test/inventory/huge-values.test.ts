import { describe, expect, test } from "vitest";
import { evaluateTemplate, toJson, type HclValue, type Scope } from "../../src/inventory/hcl/expression";
import { stringsOf } from "../../src/inventory/hcl/template-syntax";
import { isWhollyKnown } from "../../src/inventory/hcl/values";

// A list literal of 200,000 elements (or a locals block of 130,000 names) is valid Terraform
// (terraform console: length(local.l) is 200000) and inside the documented budget of a million
// elements in one value. Spreading such a list into Array.prototype.push passes every item as an
// argument and overflowed the call stack: "internal error ... Maximum call stack size exceeded".

const HUGE = 200_000;
const list = Array.from({ length: HUGE }, (_, index) => `item ${index}`);
const object = Object.fromEntries(list.map((item, index) => [`l${index}`, item]));

describe("values of 200,000 items are walked without overflowing the call stack", () => {
  test("every string of a parsed document (a list literal, a locals block of 200,000 names)", () => {
    expect(stringsOf({ locals: [{ l: list }] })).toHaveLength(HUGE);
    expect(stringsOf({ locals: [object] })).toHaveLength(HUGE);
  });

  test("whether a value is known", () => {
    expect(isWhollyKnown(list)).toBe(true);
    expect(isWhollyKnown(object)).toBe(true);
  });

  test("flatten", () => {
    const variables: Record<string, HclValue> = { nested: [list, [list]] };
    const scope: Scope = { variable: (name) => variables[name], local: () => undefined };
    const flat = toJson(evaluateTemplate("${flatten(var.nested)}", scope)) as unknown[];
    expect(flat).toHaveLength(2 * HUGE);
    expect(flat[HUGE]).toBe("item 0");
  });
});
