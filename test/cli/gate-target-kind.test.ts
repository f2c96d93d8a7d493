import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readGateInput } from "../../src/cli/read-input";
import { InputError } from "../../src/validation/input-error";
import { writeFolder } from "../helpers/write-folder";

const QUEUE = `resource "genesyscloud_routing_queue" "root" {\n  name = "Root"\n}\n`;
const warn = () => undefined;
const addresses = async (target: string) =>
  (await readGateInput(target, { onWarning: warn })).flatMap((input) =>
    (input.inventory?.resources ?? []).map((resource) => resource.address),
  );

describe("what a gate target is: Terraform reads a folder's own files, whatever folders it holds", () => {
  test("a folder of .tf files that holds a stacks/ folder is a Terraform root, not a cdktf.out", async () => {
    const dir = writeFolder("dpia-stacks-", {
      "main.tf": QUEUE,
      "stacks/dev/main.tf": `resource "genesyscloud_routing_queue" "dev" {\n  name = "Dev"\n}\n`,
    });
    expect(await addresses(dir)).toEqual(["genesyscloud_routing_queue.root"]);
  });

  test("one that also holds a manifest.json is refused: either reading leaves out what the other deploys", async () => {
    const dir = writeFolder("dpia-manifest-", { "main.tf": QUEUE, "manifest.json": "{}" });
    await expect(readGateInput(dir, { onWarning: warn })).rejects.toThrow(/either a cdktf\.out folder .* not both/);
  });

  test("one that also holds a synthesized stack (stacks/<name>/cdk.tf.json) is refused too", async () => {
    const dir = writeFolder("dpia-synth-stack-", {
      "main.tf": QUEUE,
      "stacks/pay/cdk.tf.json": JSON.stringify({ resource: { genesyscloud_routing_queue: { q: { name: "Q" } } } }),
    });
    await expect(readGateInput(dir, { onWarning: warn })).rejects.toThrow(/stacks: either a cdktf\.out folder/);
  });

  test("one .tf.json file of a folder with other configuration files is refused, as one .tf file is", async () => {
    const dir = writeFolder("dpia-one-json-", {
      "main.tf": QUEUE,
      "extra.tf.json": JSON.stringify({ resource: { genesyscloud_routing_queue: { other: { name: "Other" } } } }),
    });
    for (const file of ["extra.tf.json", "main.tf"])
      await expect(readGateInput(path.join(dir, file), { onWarning: warn })).rejects.toThrow(InputError);
  });

  test("a stack's cdk.tf.json, alone in its folder, is still read on its own", async () => {
    const dir = writeFolder("dpia-cdk-json-", {
      "cdk.tf.json": JSON.stringify({ resource: { genesyscloud_routing_queue: { q: { name: "Q" } } } }),
    });
    expect(fs.existsSync(path.join(dir, "cdk.tf.json"))).toBe(true);
    expect(await addresses(path.join(dir, "cdk.tf.json"))).toEqual(["genesyscloud_routing_queue.q"]);
  });
});
