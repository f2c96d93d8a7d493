import { describe, expect, test } from "vitest";
import { evaluateTemplate, toJson, type Scope } from "../../src/inventory/hcl/expression";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { writeFolder } from "../helpers/write-folder";

const scope: Scope = { variable: () => undefined, local: () => undefined };
const evaluate = (expression: string) => toJson(evaluateTemplate(`\${${expression}}`, scope));

// What terraform 1.11.4's `terraform console` answered (TF_CLI_CONFIG_FILE=/dev/null, a folder with no provider), for
// the corners helper-83 found the evaluator refusing where Terraform answers: a refusal inside try() or can() takes
// the other branch, which let a card flow through.
describe("answers terraform console gave", () => {
  test.each([
    ['tobool("1")', true],
    ['tobool("0")', false],
    ['"1" ? 1 : 0', 1],
    ['"0" ? 1 : 0', 0],
    ['!"0"', true],
    ['"1" && true', true],
    ['"0" || false', false],
    ['[for x in ["a"] : x if "1"]', ["a"]],
    ["tolist(null) == null", true],
    ['try(tolist(null), ["x"]) == null ? "cardNumber" : "orderId"', "cardNumber"],
    ['element(["a"], -1)', "a"],
    ['element(["a", "b"], -2)', "a"],
    ['element(["a", "b", "c"], -3)', "a"],
    ['element(["a", "b"], -4)', "a"],
    ["false ? {a = 1} : {}", {}],
    ["true ? {} : {a = 1}", {}],
    ["false ? {a = {x = 1}} : {}", {}],
    ['false ? { for c in ["Sales", "Support"] : c => { name = c } } : {}', {}],
    ['csvdecode("a,b\\n1,2\\n")', [{ a: "1", b: "2" }]],
    ['csvdecode("a,b\\n1,2")', [{ a: "1", b: "2" }]],
    ['csvdecode("a,b\\r\\n1,2\\r\\n")', [{ a: "1", b: "2" }]],
    ['csvdecode("a,b\\n\\"x,y\\",\\"q\\"\\"r\\"\\n")', [{ a: "x,y", b: 'q"r' }]],
    ['csvdecode("a,b\\n")', []],
    [
      'csvdecode("a,b\\n1,2\\n\\n3,4\\n")',
      [
        { a: "1", b: "2" },
        { a: "3", b: "4" },
      ],
    ],
    ['csvdecode(" a ,b\\n 1 ,2\\n")', [{ " a ": " 1 ", b: "2" }]],
    ['csvdecode("a;b\\n1;2\\n")', [{ "a;b": "1;2" }]],
    ['csvdecode("a,b\\n\\"multi\\nline\\",2\\n")', [{ a: "multi\nline", b: "2" }]],
    ['csvdecode("a\\n1\\n")', [{ a: "1" }]],
  ])("%s is %j", (expression, answer) => expect(evaluate(expression)).toEqual(answer));

  test.each([
    'tobool("TRUE")',
    'tobool("01")',
    'tobool(" 1")',
    "tobool(1)",
    'element(["a", "b", "c"], -1)',
    'csvdecode("a,b\\n1\\n")',
    'csvdecode("")',
    'csvdecode("a,a\\n1,2\\n")',
    'csvdecode("a,b\\nx\\"y,2\\n")',
    'csvdecode("a,b\\n1,2,3\\n")',
  ])("%s is an error in Terraform: try() takes its fallback", (expression) => {
    expect(evaluate(`try(${expression}, "fallback")`)).toBe("fallback");
  });
});

test("a conditional Terraform refuses (attributes that do not unify) is left unresolved, never {}", () => {
  const expression = 'true ? {} : {a = [1], b = "x"}';
  expect(evaluate(expression)).toBe(`\${${expression}}`);
});

describe("nullable written as a string", () => {
  test.each(['"false"', '"0"', "false"])(
    "nullable = %s turns a null from terraform.tfvars into the default, as Terraform decodes it into a bool",
    async (nullable) => {
      const dir = writeFolder("dpia-nullable-", {
        "main.tf": `variable "field" {\n  default  = "cardNumber"\n  nullable = ${nullable}\n}\nresource "genesyscloud_routing_queue" "q" {\n  name = var.field\n}\n`,
        "terraform.tfvars": "field = null\n",
      });
      const inventory = await readHclFolder(dir);
      expect(inventory.resources[0]!.attributes.name).toBe("cardNumber");
    },
  );
});

// terraform 1.11.4's console in a folder declaring `locals { x = "orderId" }` and `variable "v" { default = "vv" }`
// (h87): a multi-step reference written bare as an object key is "Ambiguous attribute key", an error raised when the
// object is evaluated, so try() and can() take their fallback; a name a `for` binds shadows `var` and `local`. The
// evaluator had read the key as the reference and the loop's `var.v` as the variable, each of which let a card
// number through a contract Terraform builds with it.
describe("what terraform console answered about object keys and the names a for binds", () => {
  const declared: Scope = {
    variable: (name) => (name === "v" ? "vv" : undefined),
    local: (name) => (name === "x" ? "orderId" : undefined),
  };
  const inFolder = (expression: string) => toJson(evaluateTemplate(`\${${expression}}`, declared));
  test.each([
    ['try({ local.x = 1 }, "other")', "other"],
    ["can({ local.x = 1 })", false],
    ['try({ var.v = 1 }, "other")', "other"],
    ['try({ path.module = 1 }, "other")', "other"],
    ['try({ (local.x) = 1 }, "other")', { orderId: 1 }],
    ['try({ (var.v) = 1 }, "other")', { vv: 1 }],
    ['try({ "${local.x}" = 1 }, "other")', { orderId: 1 }],
    ['try({ local = 1 }, "other")', { local: 1 }],
    ['[for var in [{ v = "cardNumber" }] : var.v]', ["cardNumber"]],
    ['[for local in [{ x = "cardNumber" }] : local.x]', ["cardNumber"]],
    ['[for k, var in { a = { v = "c" } } : var.v]', ["c"]],
    ['{ for local, v in { x = "k" } : local => v }', { x: "k" }],
    ["[for x in [1] : local.x]", ["orderId"]],
    ["[for var in [1] : var]", [1]],
  ])("%s is %j", (expression, answer) => {
    expect(inFolder(expression)).toEqual(answer);
  });
});

test("a dynamic block's iterator named local shadows the module's locals, as for Terraform (h87)", async () => {
  const dir = writeFolder("dpia-iterator-local-", {
    "main.tf": [
      'locals {\n  value = "plain"\n}',
      'resource "genesyscloud_oauth_client" "exporter" {',
      '  name                  = "Exporter"',
      '  authorized_grant_type = "CLIENT-CREDENTIALS"',
      '  dynamic "roles" {\n    for_each = ["rec"]\n    iterator = local',
      '    content {\n      role_id     = local.value == "rec" ? "recordings" : "plain"\n      division_id = "*"\n    }\n  }\n}\n',
    ].join("\n"),
  });
  const inventory = await readHclFolder(dir);
  expect(inventory.resources[0]!.attributes.roles).toEqual([{ role_id: "recordings", division_id: "*" }]);
});

test("what an ambiguous key names must still be declared: Terraform refuses an undeclared one before try() runs (h90)", async () => {
  const dir = writeFolder("dpia-ambiguous-undeclared-", {
    "main.tf":
      'locals {\n  p = try({ local.nope = 1 }, { note = 1 })\n}\nresource "genesyscloud_routing_queue" "q" {\n  name = "Q"\n}\n',
  });
  await expect(readHclFolder(dir)).rejects.toThrow("Reference to undeclared local value");
});
