import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../validation/input-error";
import { readRegularFile } from "../validation/regular-file";
import { parseHclDocument } from "./hcl/parse-hcl-document";
import { versionSatisfies } from "./hcl/module-version";

const LOCK_FILE = ".terraform.lock.hcl";
/** The address Terraform writes for the provider the configuration's `mypurecloud/genesyscloud` source names. */
const GENESYS_ADDRESS = "registry.terraform.io/mypurecloud/genesyscloud";
/** What `terraform init` accepts as a locked version: a whole, normalized version. */
const LOCKED_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

function refused(file: string, location: string, expected: string): InputError {
  return new InputError([{ file, location, expected: `${expected}, as terraform init requires` }]);
}

/**
 * The locked genesyscloud version, read as `terraform init` reads the lock file: the entry for the normalized
 * registry address, once, with a literal version. A spelling init refuses (`mypurecloud/genesyscloud`, other
 * letter case), a second entry or a version that is not literal and whole is exit 2; another registry's entry
 * is for another provider.
 */
function lockedVersion(document: Record<string, unknown>, file: string): string | undefined {
  const providers = document.provider;
  if (providers === undefined) return undefined;
  if (!providers || typeof providers !== "object" || Array.isArray(providers))
    throw refused(file, "provider", "provider blocks with one label, the provider's address");
  let found: string | undefined;
  for (const [address, blocks] of Object.entries(providers as Record<string, unknown>)) {
    if (address !== GENESYS_ADDRESS) {
      const fullyQualified = address.split("/").length === 3 && address === address.toLowerCase();
      if (/(^|\/)mypurecloud\/genesyscloud$/i.test(address) && !fullyQualified)
        throw refused(file, `provider "${address}"`, `the normalized address "${GENESYS_ADDRESS}"`);
      continue;
    }
    const list = Array.isArray(blocks) ? blocks : [blocks];
    if (list.length !== 1 || found !== undefined)
      throw refused(file, `provider "${address}"`, "one lock entry per provider");
    const version = (list[0] as { version?: unknown } | null)?.version;
    if (typeof version !== "string" || !LOCKED_VERSION.test(version))
      throw refused(file, `provider "${address}".version`, 'a literal, whole version such as "1.25.1"');
    found = version;
  }
  return found;
}

/**
 * The genesyscloud provider version the root folder's dependency lock file selects, as a constraint (`= 1.25.1`),
 * when it satisfies the configuration's own constraints: `terraform init` then installs exactly that version and
 * `terraform plan` runs with it. A locked version the constraints refuse makes `init` fail until `init -upgrade`
 * chooses another, so it says nothing. A lock file init would refuse is an input error (exit 2).
 */
export async function lockedGenesysConstraint(rootDir: string, constraints: readonly string[]): Promise<string[]> {
  const file = path.join(rootDir, LOCK_FILE);
  if (!present(file)) return [];
  const version = lockedVersion(
    await parseHclDocument(file, readRegularFile(file, "Terraform's dependency locks")),
    file,
  );
  if (version === undefined) return [];
  return constraints.every((constraint) => versionSatisfies(version, constraint) !== false) ? [`= ${version}`] : [];
}

/** Whether anything is at the path, a dangling link included (readRegularFile then says what it is). */
function present(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
