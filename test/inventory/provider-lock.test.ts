import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readGateInput } from "../../src/cli/read-input";
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

  const lockWith = (entries: string) => {
    const dir = folder({});
    fs.writeFileSync(path.join(dir, ".terraform.lock.hcl"), entries);
    return dir;
  };
  const entry = (address: string, version: string) => `provider "${address}" {\n  version = ${version}\n}\n`;

  test.each([
    [entry("mypurecloud/genesyscloud", '"1.25.1"'), /normalized address/],
    [entry("registry.terraform.io/MyPureCloud/GenesysCloud", '"1.25.1"'), /normalized address/],
    [entry("registry.terraform.io/mypurecloud/genesyscloud", '"1.25"'), /a literal, whole version/],
    [entry("registry.terraform.io/mypurecloud/genesyscloud", '"v1.25.1"'), /a literal, whole version/],
    [entry("registry.terraform.io/mypurecloud/genesyscloud", "1.25"), /a literal, whole version/],
    [entry("registry.terraform.io/mypurecloud/genesyscloud", '"${var.v}"'), /a literal, whole version/],
    [
      entry("registry.terraform.io/mypurecloud/genesyscloud", '"1.25.1"') +
        entry("registry.terraform.io/mypurecloud/genesyscloud", '"1.26.0"'),
      /one lock entry per provider/,
    ],
  ])("a lock entry terraform init refuses is exit 2, not a pin: %s", async (lock, expected) => {
    await expect(readHclFolder(lockWith(lock))).rejects.toThrow(expected);
  });

  test("another registry's entry is another provider's: it pins nothing", async () => {
    await expect(
      readHclFolder(lockWith(entry("registry.opentofu.org/mypurecloud/genesyscloud", '"1.25.1"'))),
    ).rejects.toThrow(READ_ONLY);
  });

  test.each([
    ["a folder", (file: string) => fs.mkdirSync(file)],
    ["a named pipe", (file: string) => execFileSync("mkfifo", [file])],
    ["a device", (file: string) => fs.symlinkSync("/dev/zero", file)],
  ])("a lock file that is %s is exit 2 naming it, never a hang", async (kind, make) => {
    const dir = folder({});
    make(path.join(dir, ".terraform.lock.hcl"));
    await expect(readHclFolder(dir)).rejects.toThrow(new RegExp(`\\.terraform\\.lock\\.hcl.*found ${kind}`));
  });

  test("a provider block with two labels is exit 2 naming it, as Terraform refuses it", async () => {
    const dir = folder({});
    fs.writeFileSync(path.join(dir, "provider.tf"), 'provider "genesyscloud" "x" {}\n');
    await expect(readHclFolder(dir)).rejects.toThrow(/provider block with one label/);
  });

  test("a lock file that is not HCL is an input error naming it", async () => {
    const dir = folder({ childVersion: "1.25.1" });
    fs.writeFileSync(path.join(dir, ".terraform.lock.hcl"), 'provider "x" {\n');
    await expect(readHclFolder(dir)).rejects.toThrow(/\.terraform\.lock\.hcl/);
  });

  /** A synthesized stack (cdktf.out/stacks/flows) whose flow sets file_content_hash, with the lock `init` wrote beside it. */
  const stack = (locked: string | undefined, withModule: boolean) => {
    const out = tempDir("dpia-lock-cdktf-");
    const dir = path.join(out, "stacks", "flows");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "flow.yaml"), "inboundCall:\n  name: IVR\n");
    const flow = { filepath: "flow.yaml", file_content_hash: "abc" };
    const json = {
      terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version: ">= 1.17.0" } } },
      provider: { genesyscloud: [{}] },
      resource: { genesyscloud_flow: { ivr: flow } },
      ...(withModule ? { module: { w: { source: "./w" } } } : {}),
    };
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(json));
    if (withModule) {
      fs.mkdirSync(path.join(dir, "w"));
      fs.writeFileSync(
        path.join(dir, "w", "main.tf"),
        'resource "genesyscloud_routing_wrapupcode" "w" {\n  name = "w"\n}\n',
      );
    }
    if (locked)
      fs.writeFileSync(
        path.join(dir, ".terraform.lock.hcl"),
        `provider "registry.terraform.io/mypurecloud/genesyscloud" {\n  version = "${locked}"\n}\n`,
      );
    return out;
  };
  const read = (target: string) => readGateInput(target, { onWarning: () => undefined });

  test.each([false, true])(
    "a synthesized stack's lock file pins the version as a folder's does (modules: %s)",
    async (withModule) => {
      await expect(read(stack(undefined, withModule))).rejects.toThrow(READ_ONLY);
      const [input] = await read(stack("1.25.1", withModule));
      expect(input?.inventory?.genesysVersionConstraints).toEqual([">= 1.17.0", "= 1.25.1"]);
      const [file] = await read(path.join(stack("1.25.1", withModule), "stacks", "flows", "cdk.tf.json"));
      expect(file?.inventory?.genesysVersionConstraints).toEqual([">= 1.17.0", "= 1.25.1"]);
    },
  );
});
