import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { InputError } from "../../src/validation/input-error";
import { writeFolder } from "../helpers/write-folder";

const SOURCE = "git::https://git.example.com/m.git?ref=v1";
const queue = (name: string) => `resource "genesyscloud_routing_queue" "q" {\n  name = "${name}"\n}\n`;
const manifest = (dir: string) =>
  JSON.stringify({
    Modules: [
      { Key: "", Source: "", Dir: "." },
      { Key: "m", Source: SOURCE, Dir: `${dir}/modules/m` },
    ],
  });

describe("the environment Terraform runs in", () => {
  // terraform 1.11.4: `terraform console <<< module.m.x` answered the committed copy, and with TF_DATA_DIR set the
  // copy under it (helper-83's tfdatadir case).
  test("TF_DATA_DIR: modules are read from where terraform init put them", async () => {
    const dir = writeFolder("dpia-tf-data-dir-", {
      "main.tf": `module "m" {\n  source = "${SOURCE}"\n}\n`,
      ".terraform/modules/modules.json": manifest(".terraform"),
      ".terraform/modules/m/main.tf": queue("Committed copy"),
      "ci-data/modules/modules.json": manifest("ci-data"),
      "ci-data/modules/m/main.tf": queue("Downloaded in CI"),
    });
    const names = async (env: Record<string, string | undefined>) =>
      (await readHclFolder(dir, { env })).resources.map((resource) => resource.attributes.name);
    expect(await names({})).toEqual(["Committed copy"]);
    expect(await names({ TF_DATA_DIR: "" })).toEqual(["Committed copy"]);
    expect(await names({ TF_DATA_DIR: "ci-data" })).toEqual(["Downloaded in CI"]);
  });

  test.each([
    ["TF_CLI_ARGS_plan", "-var=pay_enabled=true"],
    ["TF_CLI_ARGS", "-no-color -var-file=prod.tfvars"],
    ["TF_CLI_ARGS_apply", '--var "x=1"'],
    // terraform 1.11.4 splits these as a shell does: each of them set x (helper-85).
    ["TF_CLI_ARGS_plan", "-va\\r=x=escaped"],
    ["TF_CLI_ARGS_plan", '-"var"=x=quoted'],
    ["TF_CLI_ARGS_plan", "-'var'=x=sq"],
    ["TF_CLI_ARGS_plan", "-var-fil\\e=f.tfvars"],
  ])("%s=%s: values the gate would not see are refused, exit 2 naming the variable", async (name, value) => {
    const dir = writeFolder("dpia-tf-cli-args-", { "main.tf": queue("Q") });
    await expect(readHclFolder(dir, { env: { [name]: value } })).rejects.toThrow(InputError);
    await expect(readHclFolder(dir, { env: { [name]: value } })).rejects.toThrow(new RegExp(name));
  });

  test("extra arguments without variables are Terraform's business", async () => {
    const dir = writeFolder("dpia-tf-cli-args-", { "main.tf": queue("Q") });
    const inventory = await readHclFolder(dir, { env: { TF_CLI_ARGS: "-no-color -lock-timeout=60s -variables" } });
    expect(inventory.resources).toHaveLength(1);
  });
});
