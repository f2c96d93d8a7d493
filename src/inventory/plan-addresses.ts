/**
 * Terraform resource instance addresses as plans write them:
 * `module.a["x"].module.b[0].data.type.name[2]`. Instance keys are numbers or quoted strings.
 */
const KEY = String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*")\]`;
const ADDRESS = new RegExp(
  String.raw`^((?:module\.[A-Za-z0-9_-]+(?:${KEY})?\.)*)(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(${KEY})?$`,
);

export interface InstanceAddress {
  /** `module.a["x"].` as written, with instance keys, or "". */
  modulePath: string;
  /** The same without instance keys: the module's place in `configuration`. */
  configModulePath: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  key?: number | string;
}

export function parseInstanceAddress(address: string): InstanceAddress | undefined {
  const match = ADDRESS.exec(address);
  if (!match) return undefined;
  const [, modulePath = "", data, type, name, key] = match;
  const configModulePath = modulePath.replace(new RegExp(KEY, "g"), "");
  let instanceKey: number | string | undefined;
  if (key) {
    const inner = key.slice(1, -1);
    instanceKey = /^\d+$/.test(inner) ? Number(inner) : (JSON.parse(inner) as string);
  }
  return { modulePath, configModulePath, mode: data ? "data" : "managed", type: type!, name: name!, key: instanceKey };
}

/** An ephemeral resource's address (Terraform 1.10+): `ephemeral.` before its type, after any module path. */
const EPHEMERAL = new RegExp(
  String.raw`^(?:module\.[A-Za-z0-9_-]+(?:${KEY})?\.)*ephemeral\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$`,
);

/**
 * Why an entry's `mode` cannot be the one Terraform wrote for its address, or undefined: Terraform
 * writes `mode` "data" for an address with `data.` before its type, "ephemeral" for one with
 * `ephemeral.` (Terraform 1.10+; never planned, so never a Genesys resource this reader reads) and
 * "managed" for every other, so a plan where the two disagree was edited (a managed resource
 * relabelled "data" would be read as a data source and what it deploys left out).
 */
export function modeProblem(entry: { address: string; mode: string }): string | undefined {
  if (EPHEMERAL.test(entry.address)) {
    return entry.mode === "ephemeral"
      ? undefined
      : `mode "ephemeral", as its address ${entry.address} says; got ${JSON.stringify(entry.mode)}: the plan contradicts itself, or was edited`;
  }
  const parsed = parseInstanceAddress(entry.address);
  if (entry.mode !== "managed" && entry.mode !== "data")
    return `mode "managed" or "data" (the only two Terraform writes for an address without ephemeral. before its type), got ${JSON.stringify(entry.mode)}`;
  if (parsed && parsed.mode !== entry.mode)
    return `mode ${JSON.stringify(parsed.mode)}, as its address ${entry.address} says (Terraform writes "data" exactly for an address with data. before its type); got ${JSON.stringify(entry.mode)}: the plan contradicts itself, or was edited`;
  return undefined;
}
