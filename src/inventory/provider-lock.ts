import * as fs from "node:fs";
import * as path from "node:path";
import { parseHclDocument } from "./hcl/parse-hcl-document";
import { versionSatisfies } from "./hcl/module-version";

const LOCK_FILE = ".terraform.lock.hcl";
const GENESYS_PROVIDER = /(?:^|\/)mypurecloud\/genesyscloud$/i;

/** The `version` of each `provider` block of the lock file for the genesyscloud provider (hcl2json gives blocks as lists). */
function lockedVersions(document: Record<string, unknown>): string[] {
  const providers = document.provider;
  if (!providers || typeof providers !== "object" || Array.isArray(providers)) return [];
  return Object.entries(providers as Record<string, unknown>)
    .filter(([source]) => GENESYS_PROVIDER.test(source))
    .flatMap(([, blocks]) => (Array.isArray(blocks) ? blocks : [blocks]))
    .map((block) => (block as { version?: unknown } | null)?.version)
    .filter((version): version is string => typeof version === "string");
}

/**
 * The genesyscloud provider version the root folder's dependency lock file selects, as a constraint (`= 1.25.1`),
 * when it satisfies the configuration's own constraints: `terraform init` then installs exactly that version and
 * `terraform plan` runs with it. A locked version the constraints refuse makes `init` fail until `init -upgrade`
 * chooses another, so it says nothing. A lock file that is not HCL is an input error, as Terraform's init is.
 */
export async function lockedGenesysConstraint(rootDir: string, constraints: readonly string[]): Promise<string[]> {
  const file = path.join(rootDir, LOCK_FILE);
  if (!fs.existsSync(file)) return [];
  const versions = lockedVersions(await parseHclDocument(file, fs.readFileSync(file, "utf8")));
  return versions
    .filter((version) => constraints.every((constraint) => versionSatisfies(version, constraint) !== false))
    .map((version) => `= ${version}`);
}
