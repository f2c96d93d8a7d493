import { InputError } from "../validation/input-error";

/** The top-level blocks of a Terraform configuration file (Terraform 1.x); anything else Terraform refuses. */
const TERRAFORM_BLOCKS = new Set(["terraform", "provider", "variable", "locals", "output", "module", "resource", "data", "moved", "import", "removed", "check", "ephemeral"]);

/**
 * A block Terraform does not know (`resourbe "genesyscloud_…"`) makes the file invalid for Terraform;
 * skipping it would assess a configuration that is not the one in the file. JSON syntax allows "//" comments.
 */
export function assertTerraformBlocks(document: Record<string, unknown>, file: string, syntax: "native" | "json"): void {
  const unknown = Object.keys(document).filter((key) => !TERRAFORM_BLOCKS.has(key) && !(syntax === "json" && key === "//"));
  if (unknown.length > 0) {
    throw new InputError(unknown.map((key) => ({ file, location: key, expected: `a Terraform block (${[...TERRAFORM_BLOCKS].join(", ")}); "${key}" is not one, and Terraform refuses the file` })));
  }
}

/** Terraform's identifiers: resource types and names, variable and module names (letters, digits, "_" and "-"). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A resource or data source label Terraform refuses (`"gen\u0000esyscloud_integration_action"`). Read
 * as some other provider's type it would drop out of the assessment, yet the file is not valid Terraform.
 */
export function assertResourceLabels(document: Record<string, unknown>, file: string): void {
  const problems: Array<{ file: string; location: string; expected: string }> = [];
  for (const kind of ["resource", "data"]) {
    const section = document[kind];
    const parts = Array.isArray(section) ? section : section && typeof section === "object" ? [section] : [];
    for (const part of parts) {
      if (!part || typeof part !== "object") continue;
      for (const [type, byName] of Object.entries(part as Record<string, unknown>)) {
        if (!IDENTIFIER.test(type)) problems.push({ file, location: `${kind} ${JSON.stringify(type)}`, expected: `a ${kind === "data" ? "data source" : "resource"} type Terraform accepts (letters, digits, "_" and "-")` });
        const names = Array.isArray(byName) ? byName : byName && typeof byName === "object" ? [byName] : [];
        for (const named of names) {
          if (!named || typeof named !== "object") continue;
          for (const name of Object.keys(named as Record<string, unknown>)) {
            if (!IDENTIFIER.test(name)) problems.push({ file, location: `${kind} ${JSON.stringify(type)} ${JSON.stringify(name)}`, expected: `a name Terraform accepts (letters, digits, "_" and "-")` });
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
