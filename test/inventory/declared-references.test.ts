import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { InputError } from "../../src/validation/input-error";
import { tempDir } from "../helpers/stacks";

function folder(files: Record<string, string>): string {
  const dir = tempDir("declared-refs-");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function problemOf(files: Record<string, string>): Promise<string> {
  const error = await readHclFolder(folder(files), { env: {} }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

const queue = (name: string) => `resource "genesyscloud_routing_queue" "q" {\n  name = ${name}\n}\n`;

// What Terraform 1.11.4 answers (terraform console in these folders, modules installed by terraform init):
//   var.nope                 Error: Reference to undeclared input variable (on main.tf line 2)
//   module "m" { bogus = 1 } Error: Unsupported argument (on main.tf line 3, in module "m")
//   module "m" {} with variable "need" {} in m  Error: Missing required argument (on main.tf line 1)
describe("references Terraform refuses before it evaluates anything are exit 2, not unknown values", () => {
  test("an undeclared input variable names the file, the line and Terraform's error", async () => {
    const message = await problemOf({ "main.tf": `\n${queue("var.nope")}` });
    expect(message).toContain("main.tf: line 3");
    expect(message).toContain('"var.nope"');
    expect(message).toContain("Reference to undeclared input variable");
  });

  test("an undeclared local value, also inside a template and a function call", async () => {
    const message = await problemOf({ "main.tf": queue('"q-${lower(local.missing)}"') });
    expect(message).toContain("Reference to undeclared local value");
    expect(message).toContain('"local.missing"');
  });

  test("inside a called module, the module's own file is named", async () => {
    const message = await problemOf({
      "main.tf": 'module "m" {\n  source = "./m"\n}\n',
      "m/main.tf": queue("var.nope"),
    });
    expect(message).toContain(path.join("m", "main.tf"));
  });

  test("a module call argument the module does not declare", async () => {
    const message = await problemOf({
      "main.tf": 'module "m" {\n  source = "./m"\n  bogus  = 1\n}\n',
      "m/main.tf": 'variable "name" {\n  default = "q"\n}\n' + queue("var.name"),
    });
    expect(message).toContain('"bogus" is not a variable');
    expect(message).toContain("Unsupported argument");
  });

  test("a module variable without default that the call does not set", async () => {
    const message = await problemOf({
      "main.tf": 'module "m" {\n  source = "./m"\n}\n',
      "m/main.tf": 'variable "need" {}\n' + queue("var.need"),
    });
    expect(message).toContain('required variable "need"');
    expect(message).toContain("Missing required argument");
  });

  test("declared variables and locals, escaped templates and meta-arguments are read as before", async () => {
    const dir = folder({
      "main.tf":
        'variable "name" {}\nlocals {\n  prefix = "q"\n}\n' +
        'module "m" {\n  source = "./m"\n  count  = 1\n  name   = "${local.prefix}-${var.name}"\n}\n' +
        queue('"$${var.not_a_reference}"'),
      "m/main.tf": 'variable "name" {}\n' + queue("var.name"),
    });
    const inventory = await readHclFolder(dir, { env: {} });
    expect(inventory.resources.map((resource) => resource.address).sort()).toEqual([
      "genesyscloud_routing_queue.q",
      "module.m[0].genesyscloud_routing_queue.q",
    ]);
    expect(
      inventory.resources.find((resource) => resource.address === "genesyscloud_routing_queue.q")?.attributes.name,
    ).toBe("${var.not_a_reference}");
  });
});
