import { describe, expect, test } from "vitest";
import vectors from "./conversion-vectors.json";
import catalog from "../../../src/catalog/data/resource-types.json";
import { SCHEMA_PROVIDER_VERSION } from "../../../src/inventory/provider-version";
import { conversionProblems, type AttributeType } from "../../../src/inventory/schema-check/conversions";
import { resourceBodyProblems } from "../../../src/inventory/schema-check/check-body";
import { resourceSchema, type SchemaBlock } from "../../../src/inventory/provider-schema";
import { suggestName } from "../../../src/inventory/schema-check/suggest-name";

/** `list(string)` as the schema writes it: ["list", "string"]. */
function schemaType(text: string): AttributeType {
  const collection = /^(list|set|map)\((\w+)\)$/.exec(text);
  return collection ? [collection[1]!, collection[2]!] : text;
}

describe("literal values convert as Terraform converts them (vectors from terraform console)", () => {
  test.each(
    vectors.vectors.map((vector) => [JSON.stringify(vector.value), vector.type, vector.converts, vector.value]),
  )("%s to %s: converts %s", (_shown, type, converts, value) => {
    expect(conversionProblems(value, schemaType(type as string)).length === 0).toBe(converts);
  });

  test("a value known only at plan time, and null, convert to anything", () => {
    for (const type of ["number", "bool", ["list", "string"], ["map", "number"]] as AttributeType[]) {
      expect(conversionProblems("${var.x}", type)).toEqual([]);
      expect(conversionProblems("%{ if true }1%{ endif }", type)).toEqual([]);
      expect(conversionProblems(null, type)).toEqual([]);
    }
  });
});

const action = resourceSchema("genesyscloud_integration_action") as SchemaBlock;
const valid = {
  name: "Lookup",
  category: "CRM",
  integration_id: "${genesyscloud_integration.crm.id}",
  contract_input: "{}",
  contract_output: "{}",
  config_request: [{ request_type: "POST", request_url_template: "https://crm.example.eu/x" }],
};
const problemsOf = (body: Record<string, unknown>, json = false) =>
  resourceBodyProblems(body, action, { json }).map((problem) => `${problem.at}: ${problem.expected}`);

describe("a resource body against the provider schema: what Terraform refuses", () => {
  test("a valid body, with meta-arguments, a dynamic block and values not known yet, passes", () => {
    expect(problemsOf(valid)).toEqual([]);
    expect(
      problemsOf({
        ...valid,
        count: "${var.n}",
        for_each: "${var.m}",
        provider: "${genesyscloud.eu}",
        depends_on: ["${genesyscloud_integration.crm}"],
        lifecycle: [{ prevent_destroy: true }],
        secure: "${var.secure}",
        config_timeout_seconds: "${var.timeout}",
        dynamic: { config_response: [{ for_each: "${var.r}", content: [{ success_template: "${x.value}" }] }] },
      }),
    ).toEqual([]);
    expect(problemsOf({ ...valid, "//": { metadata: {} }, config_request: valid.config_request[0] }, true)).toEqual([]);
  });

  test("an argument the type does not have, with Terraform's suggestion", () => {
    const { contract_input: _, ...rest } = valid;
    expect(problemsOf({ ...rest, cootract_input: "{}" })).toEqual([
      'cootract_input: an argument or block this block has; "cootract_input" is not one (did you mean "contract_input"?)',
      'contract_input: the required argument "contract_input"',
    ]);
    expect(problemsOf({ ...valid, shoe_size: 4 })).toEqual([
      'shoe_size: an argument or block this block has; "shoe_size" is not one',
    ]);
  });

  test("a block the type does not have, and an argument inside a block that it does not have", () => {
    expect(problemsOf({ ...valid, config_requestt: [{ request_type: "GET" }] })).toEqual([
      'config_requestt: an argument or block this block has; "config_requestt" is not one (did you mean "config_request"?)',
    ]);
    expect(
      problemsOf({
        ...valid,
        config_request: [{ ...valid.config_request[0], request_templat: "${input.rawRequest}" }],
      }),
    ).toEqual([
      'config_request[0].request_templat: an argument or block this block has; "request_templat" is not one (did you mean "request_template"?)',
    ]);
  });

  test("a dynamic block is checked as the block it generates", () => {
    expect(problemsOf({ ...valid, dynamic: { config_responze: [{ for_each: "${var.r}", content: [{}] }] } })).toEqual([
      'dynamic.config_responze: a block type this block has; "config_responze" is not one',
    ]);
    expect(
      problemsOf({ ...valid, dynamic: { config_response: [{ for_each: "${var.r}", content: [{ sucess: "x" }] }] } }),
    ).toEqual(['dynamic.config_response.content.sucess: an argument or block this block has; "sucess" is not one']);
  });

  test("a missing required argument, at the top and inside a block", () => {
    const { name: _, ...rest } = valid;
    expect(problemsOf(rest)).toEqual(['name: the required argument "name"']);
    expect(problemsOf({ ...valid, contract_input: null })).toEqual([
      'contract_input: the required argument "contract_input"',
    ]);
    expect(problemsOf({ ...valid, config_request: [{ request_url_template: "https://x.example.eu" }] })).toEqual([
      'config_request[0].request_type: the required argument "request_type"',
    ]);
  });

  test("more blocks than the schema allows", () => {
    expect(problemsOf({ ...valid, config_request: [valid.config_request[0], valid.config_request[0]] })).toEqual([
      'config_request: at most 1 "config_request" block(s), got 2',
    ]);
  });

  test("a read-only attribute given a value", () => {
    const client = resourceSchema("genesyscloud_oauth_client") as SchemaBlock;
    expect(
      resourceBodyProblems({ name: "c", authorized_grant_type: "CLIENT-CREDENTIALS", client_id: "abc" }, client, {
        json: false,
      }).map((problem) => `${problem.at}: ${problem.expected}`),
    ).toEqual(['client_id: no value: "client_id" is decided by the provider (read-only), Terraform refuses to set it']);
  });

  test("a value of the wrong type: a string for a list or block, a list for a string, text for a number", () => {
    expect(problemsOf({ ...valid, contract_input: ["{}"] })).toEqual(["contract_input: string required, got a list"]);
    expect(problemsOf({ ...valid, config_timeout_seconds: "abc", secure: "yes" })).toEqual([
      'config_timeout_seconds: number required, got the string "abc"',
      'secure: bool required, got the string "yes"',
    ]);
    expect(problemsOf({ ...valid, config_timeout_seconds: "30", secure: "true" })).toEqual([]);
    expect(
      problemsOf({ ...valid, config_response: [{ translation_map: "firstName" }] }).map((text) => text.split(",")[0]),
    ).toEqual(["config_response[0].translation_map: map of string required"]);
  });
});

describe("Terraform's suggestion for a misspelt name", () => {
  test("the closest name under an edit distance of 3, else none", () => {
    expect(suggestName("cootract_input", ["contract_input", "contract_output"])).toBe("contract_input");
    expect(suggestName("zzz", ["contract_input"])).toBeUndefined();
  });
});

describe("the schema's provider version", () => {
  test("is the version the catalog was made for, which GC-UNK-3 compares with", () => {
    expect(SCHEMA_PROVIDER_VERSION).toBe(catalog.provider_version);
  });
});
