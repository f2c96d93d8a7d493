import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exceptionsKind } from "./exceptions-kind";
import type { OracleKind, OracleKindName } from "./kind";
import { modulesJsonKind } from "./modules-json-kind";
import { policyKind } from "./policy-kind";
import { registerUrlsKind } from "./register-urls-kind";
import { stateJsonKind } from "./state-json-kind";
import { trustRootsKind } from "./trust-roots-kind";
import { vendorRecordsKind } from "./vendor-records-kind";

const FACTORIES: Record<OracleKindName, (root: string) => Promise<OracleKind>> = {
  exceptions: exceptionsKind,
  policy: policyKind,
  "state JSON": stateJsonKind,
  "vendor records": vendorRecordsKind,
  "trust roots": trustRootsKind,
  "register URLs": registerUrlsKind,
  "modules.json": modulesJsonKind,
};

/** Each kind named, prepared in a fresh folder of its own. */
export async function prepareOracleKind(name: OracleKindName): Promise<OracleKind> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `dpia-fuzz-${name.replace(/\W+/g, "-")}-`));
  return FACTORIES[name](root);
}
