import { createHash } from "node:crypto";
import { InputError } from "../validation/input-error";
import { setVariable } from "../validation/set-variable";

/**
 * The register's identity pinned outside the repository, like DPIA_TRUST_ROOT: `DPIA_REGISTER_KEY=
 * sha256:<hex>`, the SHA-256 of the register's verifier key as `dpia register key` prints it
 * (`<origin>+<hash>+<public key>`). The origin is part of it, so a fresh register made with the same
 * signing key is another register too. Any other value of DPIA_REGISTER_KEY is the signing key's
 * file, as before pins existed.
 */
export type RegisterPin = `sha256:${string}`;

const PIN_PREFIX = /^sha256:/i;

export const isRegisterPin = (value: string | undefined): boolean => PIN_PREFIX.test(value?.trim() ?? "");

/**
 * DPIA_REGISTER_KEY trimmed, or undefined when unset; set but blank is an error (a protected variable
 * that expanded to nothing must not switch the pin off).
 */
export const registerKeyVariable = (env: NodeJS.ProcessEnv): string | undefined =>
  setVariable(
    "DPIA_REGISTER_KEY",
    env.DPIA_REGISTER_KEY,
    "sha256:<64 lowercase hex> (the register's key fingerprint, as dpia register key --fingerprint prints it) or the register's signing key file",
  );

/** The pin, when DPIA_REGISTER_KEY holds one; a value that starts like a pin but does not read is an error. */
export function registerPin(env: NodeJS.ProcessEnv): RegisterPin | undefined {
  const value = registerKeyVariable(env);
  if (!value || !isRegisterPin(value)) return undefined;
  if (/^sha256:[0-9a-f]{64}$/.test(value)) return value as RegisterPin;
  throw new InputError([
    {
      file: "DPIA_REGISTER_KEY",
      location: "",
      expected: `sha256:<64 lowercase hex> (the register's key fingerprint, as dpia register key --fingerprint prints it), got "${value.slice(0, 80)}"`,
    },
  ]);
}

/** What a user pins: the SHA-256 of the register's verifier key text. */
export function registerFingerprint(verifierKey: string): RegisterPin {
  return `sha256:${createHash("sha256").update(verifierKey.trim(), "utf8").digest("hex")}`;
}

/** Why the register is not the pinned one, or undefined when it is (or nothing is pinned). */
export function pinMismatch(verifierKey: string, pin: RegisterPin | undefined): string | undefined {
  if (!pin) return undefined;
  const actual = registerFingerprint(verifierKey);
  if (actual === pin) return undefined;
  return `the register's key is ${actual}, not the one DPIA_REGISTER_KEY pins (${pin}): the register was replaced or re-signed with another key`;
}

/** Refuses (exit 2) a register that is not the pinned one: the gate neither reads nor appends to it. */
export function assertPinned(verifierKey: string, pin: RegisterPin | undefined, location: string): void {
  const mismatch = pinMismatch(verifierKey, pin);
  if (mismatch)
    throw new InputError([
      {
        file: location,
        location: "",
        expected: `the register DPIA_REGISTER_KEY pins, but ${mismatch}; nothing was recorded; restore the pinned register from a backup`,
      },
    ]);
}

export function pinnedRegisterAbsent(location: string, pin: RegisterPin): InputError {
  return new InputError([
    {
      file: location,
      location: "",
      expected: `the register DPIA_REGISTER_KEY pins (${pin}), but there is none here: a pinned register is never created anew (was it deleted or moved? restore it, or unset DPIA_REGISTER_KEY to start a new register)`,
    },
  ]);
}

/** What initialise is given while a register is pinned: no identity to create, only the refusal (rolled back with the transaction). */
export function refuseToCreate(location: string, pin: RegisterPin) {
  return {
    origin: "",
    verifierKey: "",
    first: (): never => {
      throw pinnedRegisterAbsent(location, pin);
    },
  };
}
