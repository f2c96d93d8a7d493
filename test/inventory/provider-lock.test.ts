import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { tempDir } from "../helpers/stacks";

/** A root module calling ./flows, whose flow sets file_content_hash: read-only in the schema's 1.84.1, settable before 1.83. */
function folder(options: { childVersion?: string; rootVersion?: string; locked?: string }): string {
  const dir = tempDir("dpia-lock-");
  const requires = (version: string | undefined) =>
    version
      ? `terraform {\n  required_providers {\n    genesyscloud = {\n      source  = "mypurecloud/genesyscloud"\n      version = "${version}"\n    }\n  }\n}\n`
      : "";
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `${requires(options.rootVersion)}module "flows" {\n  source = "./flows"\n}\n`,
  );
  fs.mkdirSync(path.join(dir, "flows"));
  fs.writeFileSync(path.join(dir, "flows", "flow.yaml"), "inboundCall:\n  name: IVR\n");
  fs.writeFileSync(
    path.join(dir, "flows", "flows.tf"),
    `${requires(options.childVersion)}resource "genesyscloud_flow" "ivr" {\n  filepath          = "\${path.module}/flow.yaml"\n  file_content_hash = filesha256("\${path.module}/flow.yaml")\n}\n`,
  );
  if (options.locked)
    fs.writeFileSync(
      path.join(dir, ".terraform.lock.hcl"),
      `# This file is maintained automatically by "terraform init".\n\nprovider "registry.terraform.io/hashicorp/local" {\n  version = "2.5.1"\n}\n\nprovider "registry.terraform.io/mypurecloud/genesyscloud" {\n  version     = "${options.locked}"\n  constraints = ">= 1.17.0"\n  hashes = [\n    "h1:AAAA",\n  ]\n}\n`,
    );
  return dir;
}

const READ_ONLY = /file_content_hash: no value: "file_content_hash" is decided by the provider/;

describe("the provider version Terraform runs: every module's constraints and the dependency lock file", () => {
  test("without a version, the schema's provider refuses a read-only attribute (exit 2)", async () => {
    await expect(readHclFolder(folder({}))).rejects.toThrow(READ_ONLY);
  });

  test("a child module's required_providers version counts, as Terraform combines every module's", async () => {
    const inventory = await readHclFolder(folder({ childVersion: "1.25.1" }));
    expect(inventory.genesysVersionConstraints).toEqual(["1.25.1"]);
  });

  test("the lock file's version is the one init installs and plan runs with", async () => {
    const inventory = await readHclFolder(folder({ childVersion: ">= 1.17.0", locked: "1.25.1" }));
    expect(inventory.genesysVersionConstraints).toEqual([">= 1.17.0", "= 1.25.1"]);
  });

  test("a locked version the constraints refuse says nothing: init fails until -upgrade chooses another", async () => {
    await expect(readHclFolder(folder({ rootVersion: ">= 1.84.0", locked: "1.25.1" }))).rejects.toThrow(READ_ONLY);
  });

  test("a lock file that is not HCL is an input error naming it", async () => {
    const dir = folder({ childVersion: "1.25.1" });
    fs.writeFileSync(path.join(dir, ".terraform.lock.hcl"), 'provider "x" {\n');
    await expect(readHclFolder(dir)).rejects.toThrow(/\.terraform\.lock\.hcl/);
  });
});
