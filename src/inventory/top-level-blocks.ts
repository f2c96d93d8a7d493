import { InputError } from "../validation/input-error";

/** The top-level blocks of a Terraform configuration file (Terraform 1.x); anything else Terraform refuses. */
const TERRAFORM_BLOCKS = new Set([
  "terraform",
  "provider",
  "variable",
  "locals",
  "output",
  "module",
  "resource",
  "data",
  "moved",
  "import",
  "removed",
  "check",
  "ephemeral",
]);

/**
 * A block Terraform does not know (`resourbe "genesyscloud_…"`) makes the file invalid for Terraform;
 * skipping it would assess a configuration that is not the one in the file. JSON syntax allows "//" comments.
 */
export function assertTerraformBlocks(
  document: Record<string, unknown>,
  file: string,
  syntax: "native" | "json",
): void {
  const unknown = Object.keys(document).filter(
    (key) => !TERRAFORM_BLOCKS.has(key) && !(syntax === "json" && key === "//"),
  );
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((key) => ({
        file,
        location: key,
        expected: `a Terraform block (${[...TERRAFORM_BLOCKS].join(", ")}); "${key}" is not one, and Terraform refuses the file`,
      })),
    );
  }
}
