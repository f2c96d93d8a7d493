import { InputError } from "./input-error";

/**
 * An environment variable that pins or points at authority (DPIA_TRUST_ROOT, DPIA_REGISTER_KEY, …):
 * its trimmed value, or undefined when it is unset. Set but blank is an error, never "unset": a
 * protected CI variable the job cannot see, or a secret that is missing, expands to nothing, and that
 * must not switch the pin off without anyone seeing it. `expected` says what a value is.
 */
export function setVariable(name: string, value: string | undefined, expected: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "")
    throw new InputError([
      { file: name, location: "", expected: `${expected}, but it is set and blank (unset it, or give it a value)` },
    ]);
  return value.trim();
}
