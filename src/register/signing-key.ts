import { InputError } from "../validation/input-error";
import { registerFault } from "./backends/register-fault";
import { loadOrCreateRegisterKey, loadRegisterKey, type RegisterKey } from "./register-key";

/**
 * The register's signing key for a writer, made on first use unless it must exist (a pinned
 * register is never made anew). A key that cannot be made or read (a read-only folder, a full
 * disk) is one clear line naming the key file (exit 2).
 */
export function writersKey(keyFile: string, mode: "make if absent" | "must exist" = "make if absent"): RegisterKey {
  try {
    return mode === "must exist" ? loadRegisterKey(keyFile) : loadOrCreateRegisterKey(keyFile);
  } catch (error) {
    const fault = registerFault(error, keyFile);
    if (!(fault instanceof InputError) || error instanceof InputError) throw fault;
    throw new InputError([
      {
        file: keyFile,
        location: "",
        expected: `the register's signing key, but it cannot be made there: ${fault.problems[0]!.expected} (set DPIA_REGISTER_SIGNING_KEY to where the pipeline keeps it)`,
      },
    ]);
  }
}
