import { IDENTIFIER_SOURCE } from "./terraform-identifier";

/**
 * Terraform resource instance addresses as plans write them:
 * `module.a["x"].module.b[0].data.type.name[2]`. Instance keys are numbers or quoted strings; names are Terraform
 * identifiers, Unicode ones included (`terraform_data.Déjà`, `module.zahlung_ü`).
 */
const KEY = String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*")\]`;
const NAME = IDENTIFIER_SOURCE;
const ADDRESS = new RegExp(
  String.raw`^((?:module\.${NAME}(?:${KEY})?\.)*)(data\.)?(${NAME})\.(${NAME})(${KEY})?$`,
  "u",
);
/** HCL's escapes, and JSON's `\b`, `\f` and `\/`, which Terraform never writes but mean one character each. */
const ESCAPE: Record<string, string> = {
  n: "\n",
  r: "\r",
  t: "\t",
  '"': '"',
  "\\": "\\",
  b: "\b",
  f: "\f",
  "/": "/",
};

/**
 * A string instance key as Terraform quotes it in an address (its `toHCLQuotedString`, which is not JSON): `\n`,
 * `\r`, `\t`, `\"` and `\\`, `\uXXXX` and `\UXXXXXXXX` for characters that do not print, and `$${` and `%%{` for
 * a template introducer; JSON's other escapes are read too (a plan written by another tool). Undefined for anything
 * else. Checked against addresses
 * terraform 1.11.4 wrote, with their `index` (test/vectors/terraform-plan/instance-addresses.json).
 */
export function decodeQuotedKey(quoted: string): string | undefined {
  if (quoted.length < 2 || !quoted.startsWith('"') || !quoted.endsWith('"')) return undefined;
  const text = quoted.slice(1, -1);
  let out = "";
  for (let at = 0; at < text.length;) {
    const char = text[at]!;
    if ((char === "$" || char === "%") && text[at + 1] === char && text[at + 2] === "{") {
      out += `${char}{`;
      at += 3;
    } else if (char !== "\\") {
      out += char;
      at += 1;
    } else {
      const kind = text[at + 1] ?? "";
      const width = kind === "u" ? 4 : kind === "U" ? 8 : 0;
      if (width > 0) {
        const hex = text.slice(at + 2, at + 2 + width);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? Number.parseInt(hex, 16) : Number.NaN;
        if (!(code <= 0x10ffff)) return undefined;
        out += String.fromCodePoint(code);
        at += 2 + width;
      } else if (Object.hasOwn(ESCAPE, kind)) {
        out += ESCAPE[kind];
        at += 2;
      } else return undefined;
    }
  }
  return out;
}

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
    instanceKey = /^\d+$/.test(inner) ? Number(inner) : decodeQuotedKey(inner);
    if (instanceKey === undefined) return undefined;
  }
  return { modulePath, configModulePath, mode: data ? "data" : "managed", type: type!, name: name!, key: instanceKey };
}

/** An ephemeral resource's address (Terraform 1.10+): `ephemeral.` before its type, after any module path. */
const EPHEMERAL = new RegExp(String.raw`^(?:module\.${NAME}(?:${KEY})?\.)*ephemeral\.${NAME}\.${NAME}$`, "u");

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
