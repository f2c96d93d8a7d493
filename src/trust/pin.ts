import { InputError } from "../validation/input-error";
import { setVariable } from "../validation/set-variable";

/** Where the root in force is anchored, outside the repository. */
export type TrustPin = { by: "hash"; hash: string } | { by: "keys"; fingerprints: string[] };

const EXPECTED =
  "sha256:<64 hex> (the hash dpia trust rotate prints) or keys:<fingerprint>,<fingerprint> (the founding approvers' keys)";

/**
 * DPIA_TRUST_ROOT: `sha256:<hex>` (a root's hash) or `keys:<hex>,<hex>` (the founding approvers'
 * key fingerprints); undefined when unset. A value that does not read, or a blank one, is an error,
 * never "no pin".
 */
export function parsePin(value: string | undefined): TrustPin | undefined {
  const text = setVariable("DPIA_TRUST_ROOT", value, EXPECTED);
  if (text === undefined) return undefined;
  if (/^sha256:[0-9a-f]{64}$/.test(text)) return { by: "hash", hash: text };
  const keys = /^keys:([0-9a-f]{64}(?:,[0-9a-f]{64})*)$/.exec(text);
  if (keys) return { by: "keys", fingerprints: [...new Set(keys[1]!.split(","))].sort() };
  throw new InputError([
    {
      file: "DPIA_TRUST_ROOT",
      location: "",
      expected: EXPECTED,
    },
  ]);
}
