/**
 * Which provider configuration each resource of a module tree uses, against what Terraform itself wired it to
 * (test/vectors/terraform-providers/vectors.jsonl, from `terraform graph`; regenerate with
 * `npx tsx scripts/conformance/provider-configurations.ts`). A case Terraform refuses is exit 2 here.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { InputError } from "../../src/validation/input-error";
import { writeFolder } from "../helpers/write-folder";

interface ProviderVector {
  name: string;
  files: Record<string, string>;
  terraform: { uses: Record<string, string> } | { error: string };
}

const VERSIONS = `terraform {
  required_providers {
    genesyscloud = { source = "mypurecloud/genesyscloud" }
  }
}
`;

const [header, ...vectors] = fs
  .readFileSync(path.join(__dirname, "../vectors/terraform-providers/vectors.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as ProviderVector & { terraform: string });

function folderOf(vector: ProviderVector): string {
  return writeFolder(
    "provider-vector-",
    Object.fromEntries(
      Object.entries(vector.files).map(([file, text]) => [
        file,
        text.includes("required_providers") ? text : VERSIONS + text,
      ]),
    ),
  );
}

describe(`provider configurations as terraform ${String(header?.terraform)} resolves them`, () => {
  it("has the vectors", () => expect(vectors.length).toBeGreaterThanOrEqual(20));

  for (const vector of vectors as ProviderVector[]) {
    it(vector.name, async () => {
      const dir = folderOf(vector);
      if ("error" in vector.terraform) {
        const error: unknown = await readHclFolder(dir).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(InputError);
        return;
      }
      const inventory = await readHclFolder(dir);
      // The graph names a module's resources once, without instance keys: every instance must agree.
      const uses: Record<string, string> = {};
      for (const resource of inventory.resources) {
        const address = resource.address.replace(/(module\.[\w-]+)\[[^\]]*\]/g, "$1");
        const key = resource.provider ?? "genesyscloud";
        expect(uses[address] ?? key).toBe(key);
        uses[address] = key;
      }
      expect(uses).toEqual(vector.terraform.uses);
      // Every configuration a resource uses is one the inventory holds (the root's implicit one aside).
      for (const key of Object.values(uses).filter((key) => key !== "genesyscloud")) {
        const [module, local] = key.includes(":") ? key.split(":") : [undefined, key];
        expect(
          inventory.providers.some(
            (provider) => provider.module === module && (provider.alias ?? undefined) === local.split(".")[1],
          ),
        ).toBe(true);
      }
    });
  }
});
