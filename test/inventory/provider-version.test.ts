import { describe, expect, test } from "vitest";
import { admitsVersion } from "../../src/inventory/provider-version";

// Terraform 1.11.4's own answers: `terraform init -backend=false` in a folder with
// `terraform { required_version = "<constraint>" }` refuses ("Unsupported Terraform Core version") or not.
const TERRAFORM_1_11_4: Array<[string, boolean]> = [
  ["~> 0", true],
  ["~> 1", true],
  ["~> 1.10", true],
  ["~> 1.10.0", false],
  ["~> 1.11.0", true],
  ["~> 1.11.4", true],
  ["!= 1.11.4", false],
  ["1.11", false],
  ["= 1.11", false],
  ["< 1.11.4, > 1.0", false],
];

describe("admitsVersion: a version constraint read as Terraform reads it", () => {
  test.each(TERRAFORM_1_11_4)("%s admits 1.11.4: %s", (constraint, admitted) => {
    expect(admitsVersion(constraint, "1.11.4")).toBe(admitted);
  });

  test("a constraint that cannot be read may admit anything", () => {
    expect(admitsVersion(">= banana", "1.84.1")).toBe(true);
  });

  test("blueprints pinned to an older provider do not admit the schema's", () => {
    expect(admitsVersion("1.23.0", "1.84.1")).toBe(false);
    expect(admitsVersion("~> 1.55.0", "1.84.1")).toBe(false);
    expect(admitsVersion(">= 1.6.0", "1.84.1")).toBe(true);
  });
});
