import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { evaluateTemplate, toJson, type Scope } from "../../src/inventory/hcl/expression";
import { parseHclDocument } from "../../src/inventory/hcl/parse-hcl-document";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { InputError } from "../../src/validation/input-error";
import { tempDir } from "../helpers/stacks";

const NOTHING: Scope = { variable: () => undefined, local: () => undefined };

/**
 * Expressions and what `terraform console` (1.11.4) answered for each, via jsonencode(): templates
 * with directives, strip markers, escapes, heredocs. Each is written as a local of a .tf file, read
 * by hcl2json as the gate reads it, and evaluated.
 */
const TERRAFORM_ANSWERED: Array<[string, unknown]> = [
  ['"%{if true}yes%{else}no%{endif}"', "yes"],
  ['"%{if false}yes%{endif}!"', "!"],
  ['"%{for k, v in {b = 2, a = 1}}${k}=${v};%{endfor}"', "a=1;b=2;"],
  ['"%{for i, x in ["p", "q"]}${i}${x}%{endfor}"', "0p1q"],
  ['"x ${"a"~}   y   ${~"b"} z"', "x ayb z"],
  ['"%{ for x in ["a", "b"] ~}\\n${x}\\n%{ endfor ~}"', "a\nb\n"],
  ['"$${x} %%{y}"', "${x} %{y}"],
  ['"\\u00e9\\t|"', "\u00e9\t|"],
  ['"a${"b${"c"}"}"', "abc"],
  ['upper("q\\"${"x"}\\"")', 'Q"X"'],
  ['[for s in ["a", "b"] : "${s}-%{if s == "a"}first%{else}other%{endif}"]', ["a-first", "b-other"]],
  ['{ for k, v in { x = 1, y = 2 } : "${k}${k}" => v if v > 1 }', { yy: 2 }],
  ['"${1 + 2}${true}"', "3true"],
  [
    '<<-EOT\n    a ${"x"}\n      %{~ if true ~}\n      b\n      %{~ endif ~}\n    c\n    EOT',
    "    a x\n      b\n    c\n",
  ],
];

async function evaluatedLocals(expressions: string[]): Promise<unknown[]> {
  const text = `locals {\n${expressions.map((expression, index) => `  v${index} = ${expression}\n`).join("")}}\n`;
  const document = await parseHclDocument("vectors.tf", text);
  const locals = (document.locals as Array<Record<string, unknown>>)[0]!;
  return expressions.map((_, index) => {
    const value = locals[`v${index}`];
    return typeof value === "string" ? toJson(evaluateTemplate(value, NOTHING)) : value;
  });
}

describe("templates and expressions are read by Terraform's own parser", () => {
  test("directives, strip markers, escapes and heredocs evaluate to what terraform console answers", async () => {
    const values = await evaluatedLocals(TERRAFORM_ANSWERED.map(([expression]) => expression));
    expect(values).toEqual(TERRAFORM_ANSWERED.map(([, answer]) => answer));
  });

  test('a flush heredoc inside an expression (Terraform: "hello\\n  world") stays unresolved, never another value', async () => {
    const [value] = await evaluatedLocals(["trimspace(<<-EOT\n    hello\n      world\n    EOT\n  )"]);
    expect(value).toMatch(/^\$\{trimspace\(<<-EOT/);
  });

  test("a plain reference (read without a call to the parser) gives what the parser's tree gives", () => {
    for (const reference of [
      "genesyscloud_integration.crm.id",
      "data.genesyscloud_auth_division.home.id",
      "module.a-b.out_1",
      "for",
      "in.x",
    ]) {
      const plain = toJson(evaluateTemplate(`\${${reference}}`, NOTHING));
      const parsed = toJson(evaluateTemplate(`\${ ${reference} }`, NOTHING));
      expect(plain).toEqual(parsed);
    }
    // Plain text with escapes (read without the parser) against the same text parsed, after an empty interpolation.
    for (const text of [
      "a$${b}c",
      "%%{x} $${y}",
      "100% {",
      "$ {",
      "$$",
      "%%",
      "x$${",
      "$$$${a}",
      "a$$${b}",
      "%%%{x}",
    ]) {
      const plain = evaluateTemplate(text, NOTHING);
      const parsed = evaluateTemplate(`\${""}${text}`, NOTHING);
      expect(plain).toEqual(parsed);
    }
    expect(evaluateTemplate("${true}", NOTHING)).toBe(true);
    expect(evaluateTemplate("${null}", NOTHING)).toBe(null);
  });

  test("a template Terraform's parser rejects in a .tf.json file is exit 2 naming the file and line", async () => {
    const dir = tempDir("dpia-template-");
    fs.writeFileSync(
      path.join(dir, "main.tf.json"),
      JSON.stringify({ locals: { ok: "fine", broken: "https://${var.host" } }, null, 2),
    );
    const error = await readHclFolder(dir, { env: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(
      `${path.join(dir, "main.tf.json")}: line 4: a template Terraform can parse`,
    );
  });

  test("a %{if} directive in a URL (unresolved before) now gives the host Terraform deploys, for either value of its condition", async () => {
    const dir = tempDir("dpia-directive-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      `variable "use_crm" {
  default = false
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Lookup"
  category       = "CRM"
  integration_id = "x"
  contract_input  = jsonencode({ type = "object", properties = {} })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "GET"
    request_url_template = "https://%{if var.use_crm}crm.example.eu%{else}collector.example.net%{endif}/c?phone=$\${input.phoneNumber}"
  }
}
`,
    );
    fs.writeFileSync(path.join(dir, "crm.tfvars"), "use_crm = true\n");
    const url = async (varFiles: string[]) => {
      const inventory = await readHclFolder(dir, { env: {}, varFiles });
      return (inventory.resources[0]!.attributes.config_request as Array<Record<string, unknown>>)[0]!
        .request_url_template;
    };
    expect(await url([])).toBe("https://collector.example.net/c?phone=${input.phoneNumber}");
    expect(await url([path.join(dir, "crm.tfvars")])).toBe("https://crm.example.eu/c?phone=${input.phoneNumber}");
  });
});
