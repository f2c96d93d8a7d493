import { describe, expect, test } from "vitest";
import { evaluateTemplate, toJson, type HclValue, type Scope } from "../../src/inventory/hcl/expression";

const variables: Record<string, HclValue> = {
  env: "prod",
  hosts: { prod: "crm.example.eu", dev: "dev.example.eu" },
  topics: ["a", "b"],
  nested: [["x"], ["y", ["z"]]],
  empty: "",
  nothing: null,
  enabled: true,
  port: 8443,
  actions: [
    { name: "lookup", url: "https://crm.example.eu/lookup", secure: true },
    { name: "export", url: "http://dump.example.com/export", secure: false },
  ],
  byName: { a: { url: "https://a.example.eu" }, b: { url: "https://b.example.eu" } },
};
const scope: Scope = { variable: (name) => variables[name], local: () => undefined };
const evaluate = (expression: string) => toJson(evaluateTemplate(`\${${expression}}`, scope));
/** An expression that stays unresolved renders as its own text. */
const unresolved = (expression: string) => expect(evaluate(expression), expression).toBe(`\${${expression}}`);

describe("Terraform functions with known inputs", () => {
  test.each([
    ['join(",", ["a", "b", "c"])', "a,b,c"],
    ['join("/", var.topics, ["c"])', "a/b/c"],
    ['join("-", [1, true])', "1-true"],
    ['split(",", "a,b,,c")', ["a", "b", "", "c"]],
    ['replace("https://x.example.com/a", "x.", "y.")', "https://y.example.com/a"],
    ['replace("a-b_c", "/[-_]/", ".")', "a.b.c"],
    ['replace("user@example.com", "/(\\\\w+)@/", "$1 at ")', "user at example.com"],
    ['format("https://%s:%d/%s", "crm.example.eu", var.port, "x")', "https://crm.example.eu:8443/x"],
    ['format("%05d|%-4s|%q|%t|%.2f|%%", 42, "ab", "q", true, 1.5)', '00042|ab  |"q"|true|1.50|%'],
    [
      'formatlist("https://%s/hook", ["a.example.eu", "b.example.eu"])',
      ["https://a.example.eu/hook", "https://b.example.eu/hook"],
    ],
    ['formatlist("%s=%s", ["a", "b"], "x")', ["a=x", "b=x"]],
    ['concat(var.topics, ["c"], [])', ["a", "b", "c"]],
    ["merge({ a = 1, b = 2 }, { b = 3 }, null)", { a: 1, b: 3 }],
    ["lookup(var.hosts, var.env)", "crm.example.eu"],
    ['lookup(var.hosts, "staging", "fallback.example.eu")', "fallback.example.eu"],
    ['coalesce(var.empty, var.nothing, "https://c.example.eu")', "https://c.example.eu"],
    ["element(var.topics, 3)", "b"],
    ["flatten(var.nested)", ["x", "y", "z"]],
    ['try(var.hosts.staging, var.hosts["prod"])', "crm.example.eu"],
    ['try(var.actions[5].url, "none")', "none"],
    ["can(var.hosts.staging)", false],
    ["length(var.actions)", 2],
    ["keys(var.hosts)", ["dev", "prod"]],
    ['contains(var.topics, "b")', true],
    ['upper(trimspace("  eu "))', "EU"],
  ])("%s", (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected);
  });
});

describe("Terraform functions with unknown inputs stay unresolved", () => {
  test.each([
    'join(",", var.missing)',
    'join(",", ["a", genesyscloud_integration.crm.id])',
    'split(",", var.missing)',
    'replace(var.missing, "a", "b")',
    'format("https://%s/x", var.missing)',
    'formatlist("%s", var.missing)',
    "concat(var.topics, var.missing)",
    "merge(var.hosts, var.missing)",
    'lookup(var.missing, "a")',
    "lookup(var.hosts, var.missing)",
    'coalesce(var.missing, "https://safe.example.eu")',
    "element(var.topics, var.missing)",
    "flatten([var.topics, var.missing])",
    'try(var.missing, "https://safe.example.eu")',
    "unknownfunction(var.topics)",
  ])("%s", (expression) => unresolved(expression));

  test("errors Terraform would raise are unresolved, never a value", () => {
    unresolved('lookup(var.hosts, "staging")');
    unresolved("element([], 0)");
    unresolved('format("%s %s", "a")');
    unresolved("var.hosts.staging");
    unresolved("var.topics[7]");
    unresolved("try(var.hosts.staging, var.hosts.qa)");
  });

  test("a pattern that backtracks in JavaScript runs as RE2 does (linear time) and gives Terraform's value", () => {
    const text = `${"a".repeat(48)}!`;
    expect(evaluate(`replace("${text}", "/(a+)+$/", "")`)).toBe(text);
  });

  test("a value known only at plan time inside a collection keeps the collection, and the unknown element stays unresolved", () => {
    expect(evaluate('concat(["https://a.example.eu"], [var.missing])')).toEqual([
      "https://a.example.eu",
      "${var.missing}",
    ]);
    expect(evaluate('merge({ url = var.missing }, { name = "x" })')).toEqual({ name: "x", url: "${var.missing}" });
  });
});

describe("conditionals and operators", () => {
  test("the branch the condition selects, evaluated only when the condition is known", () => {
    expect(evaluate('var.env == "prod" ? var.hosts.prod : var.hosts.dev')).toBe("crm.example.eu");
    expect(evaluate('var.enabled && var.port > 443 ? "https" : "http"')).toBe("https");
    expect(evaluate('!var.enabled ? "http" : "https"')).toBe("https");
    expect(evaluate("var.port + 1")).toBe(8444);
    expect(evaluate("var.port % 2 == 1 || false")).toBe(true);
    unresolved('var.missing ? "https://a.example.eu" : "http://b.example.com"');
    unresolved('var.missing == "prod" ? "a" : "b"');
  });
  test("a condition of the wrong type is unresolved", () => {
    unresolved('var.topics ? "a" : "b"');
  });
});

describe("for expressions", () => {
  test("list form, with and without a filter, and with index and value", () => {
    expect(evaluate("[for t in var.topics : upper(t)]")).toEqual(["A", "B"]);
    expect(evaluate("[for a in var.actions : a.url if !a.secure]")).toEqual(["http://dump.example.com/export"]);
    expect(evaluate('[for i, t in var.topics : "${i}:${t}"]')).toEqual(["0:a", "1:b"]);
  });
  test("object form, with grouping", () => {
    expect(evaluate("{ for a in var.actions : a.name => a.url }")).toEqual({
      export: "http://dump.example.com/export",
      lookup: "https://crm.example.eu/lookup",
    });
    expect(evaluate("{ for k, v in var.byName : v.url => k }")).toEqual({
      "https://a.example.eu": "a",
      "https://b.example.eu": "b",
    });
    expect(evaluate('{ for a in var.actions : (a.secure ? "secure" : "open") => a.name... }')).toEqual({
      open: ["export"],
      secure: ["lookup"],
    });
  });
  test("an unknown collection, filter or key leaves the whole expression unresolved", () => {
    unresolved("[for t in var.missing : t]");
    unresolved("[for a in var.actions : a.url if var.missing]");
    unresolved("{ for a in var.actions : var.missing => a.url }");
  });
  test("duplicate keys without grouping are an error Terraform raises: unresolved", () => {
    unresolved('{ for a in var.actions : "same" => a.url }');
  });
});

describe("splats", () => {
  test("x[*].y and x.*.y over a known list", () => {
    expect(evaluate("var.actions[*].url")).toEqual(["https://crm.example.eu/lookup", "http://dump.example.com/export"]);
    expect(evaluate("var.actions.*.name")).toEqual(["lookup", "export"]);
    expect(evaluate('join(",", var.actions[*].name)')).toBe("lookup,export");
  });
  test("a splat over unknown stays unresolved; over a resource it stays a reference", () => {
    unresolved("var.missing[*].url");
    expect(evaluate("genesyscloud_integration.crm[*].id")).toBe("${genesyscloud_integration.crm[*].id}");
  });
});

describe("sensitive, nonsensitive and base64 (terraform 1.11.4 console answers)", () => {
  test.each([
    ['nonsensitive(sensitive("x"))', "x"],
    ['nonsensitive("x")', "x"],
    ["nonsensitive(1)", 1],
    ['sensitive("s3cr3t")', "s3cr3t"],
    ['base64decode("aGk=")', "hi"],
    ['base64decode("aGk=\\n")', "hi"],
    ['base64decode("")', ""],
    ['base64encode("hé")', "aMOp"],
  ])("%s is %j", (expression, value) => {
    expect(evaluate(expression)).toEqual(value);
  });
  // Terraform: "Error in function call" for each; the gate leaves them unresolved.
  test.each(['base64decode("aGk")', 'base64decode("/w==")', 'base64decode(" aGk=")', 'base64decode("aGk-")'])(
    "%s fails as Terraform's does",
    (expression) => unresolved(expression),
  );
});
