import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "yaml";
import { hasUnresolved } from "../inventory/expressions";
import { stringAt } from "../inventory/lookup";
import type { Inventory } from "../inventory/model";
import { InputError } from "../validation/input-error";

/** A flow file larger than this is refused: Architect flows are kilobytes, not megabytes. */
const MAX_FLOW_FILE_BYTES = 5_000_000;

/** Where Terraform resolves a relative `filepath`: the folder of the configuration that was read. */
function configurationDir(inventory: Inventory, target: string): string {
  const origin = inventory.origin;
  if (fs.existsSync(origin) && fs.statSync(origin).isFile()) return path.dirname(origin);
  return fs.statSync(target).isFile() ? path.dirname(target) : target;
}

/**
 * Reads the YAML file each `genesyscloud_flow` names, so that the engine can see which data
 * actions the flow calls. A file that is missing or is not YAML cannot be assessed (exit 2); a
 * path that is an expression or an S3 URL stays unread and is assessed as unknown.
 */
export function attachFlowFiles(inventory: Inventory, target: string): Inventory {
  const flowFiles: NonNullable<Inventory["flowFiles"]> = {};
  for (const flow of inventory.resources.filter((resource) => resource.type === "genesyscloud_flow" && resource.mode === "managed")) {
    const filepath = stringAt(flow.attributes, "filepath");
    if (!filepath || hasUnresolved(filepath) || /^[a-z][a-z0-9+.-]*:\/\//i.test(filepath)) continue;
    const base = flow.location.file ? path.dirname(flow.location.file) : configurationDir(inventory, target);
    const file = path.resolve(base, filepath);
    const where = `${flow.address}.filepath`;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InputError([{ file, location: where, expected: "the Architect flow file the flow names (an existing YAML file)" }]);
    if (fs.statSync(file).size > MAX_FLOW_FILE_BYTES) throw new InputError([{ file, location: where, expected: `an Architect flow file under ${MAX_FLOW_FILE_BYTES} bytes` }]);
    const text = fs.readFileSync(file, "utf8");
    const document = parseDocument(text, { uniqueKeys: false });
    const error = document.errors[0];
    let value: unknown;
    try {
      value = error ? undefined : document.toJS({ maxAliasCount: 100 });
    } catch {
      value = undefined;
    }
    if (error || !value || typeof value !== "object") {
      const at = error?.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : "";
      throw new InputError([{ file, location: at || where, expected: `an Architect flow in YAML${error ? ` (${error.message.split("\n")[0]})` : " (a mapping such as inboundCall: ...)"}` }]);
    }
    flowFiles[flow.address] = { file, text };
  }
  return Object.keys(flowFiles).length === 0 ? inventory : { ...inventory, flowFiles };
}
