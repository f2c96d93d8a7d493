// The three-forms plan (test/fixtures/three-forms/plan.json), copied fresh for each test to edit, and what the plan
// reader refuses about an edited copy.
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import { readPlanJson } from "../../src/inventory/read-plan";
import { InputError } from "../../src/validation/input-error";

/** A plan as the tests edit it: any shape, on purpose. */
export type AnyJson = any;

const FIXTURE = path.join(__dirname, "..", "fixtures", "three-forms", "plan.json");

/** A fresh copy of the three-forms plan. */
export const threeFormsPlan = (): AnyJson => JSON.parse(fs.readFileSync(FIXTURE, "utf8"));

/** The message of the InputError the plan reader gives for `value`; the test fails when it gives none. */
export function planProblemOf(value: unknown): string {
  try {
    readPlanJson(value, "plan.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}
