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
