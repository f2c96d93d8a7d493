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
