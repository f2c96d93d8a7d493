import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";

describe("people's roles that cannot be read are not read as no roles", () => {
  test("roles given as an expression instead of blocks are refused as Terraform refuses them, never read as no roles", () => {
    const config = terraformJson({ genesyscloud_user_roles: { agent: { user_id: "abc", roles: "${var.roles}" } } });
    expect(() => findingsOf(config, "GC-PPL-2")).toThrow(
      /genesyscloud_user_roles\.agent\.roles: a roles block \(an object\), got a string/,
    );
  });
});
