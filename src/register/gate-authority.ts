import * as fs from "node:fs";
import type { ExceptionRecord } from "../exceptions/schema";
import { readExceptions } from "../exceptions/store";
import type { EffectivePolicy } from "../policy/load-policy";
import { currentExceptions, STATE_KINDS } from "./exceptions";
import type { RecordKind, RegisterRecord } from "./record";
import type { DpiaRegister } from "./register";
import { recordedTrustRoots } from "./trust-roots";
import { parsePin } from "../trust/pin";
import { rootInForce, type RootInForce } from "../trust/root-in-force";

/**
 * Who may approve and which exceptions exist, both from the register (and the pin outside the
 * repository). The JSON exceptions file is only an import format: what it holds is not applied.
 */
export async function loadGateAuthority(
  register: DpiaRegister,
  policy: EffectivePolicy,
  warnings: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<GateAuthority> {
  return authorityFrom(await register.verifiedRecords(AUTHORITY_KINDS), register.location, policy, warnings, env);
}

/** The records authority comes from: trust roots and exceptions (never the assessments, the bulk of a register). */
export const AUTHORITY_KINDS: readonly RecordKind[] = ["trust-root", ...STATE_KINDS];

export interface GateAuthority {
  trust: RootInForce;
  exceptions: { exceptions: ExceptionRecord[] };
}

/** The same, from records already read and verified. */
export function authorityFrom(
  records: RegisterRecord[],
  location: string,
  policy: EffectivePolicy,
  warnings: string[],
  env: NodeJS.ProcessEnv = process.env,
): GateAuthority {
  const trust = rootInForce(recordedTrustRoots(records), parsePin(env.DPIA_TRUST_ROOT), new Date());
  warnings.push(...trust.notes);
  const exceptions = currentExceptions(records);
  if (fs.existsSync(policy.exceptionsFile)) {
    const known = new Set(exceptions.map((exception) => exception.exception_id));
    const file = readExceptions(policy.exceptionsFile);
    const missing = file.exceptions.filter((exception) => !known.has(exception.exception_id));
    if (missing.length > 0 || file.problems.length > 0) {
      warnings.push(
        `${policy.exceptionsFile} is not read by the gate: exceptions live in the register ${location}; import them with dpia exception import ${policy.exceptionsFile}`,
      );
    }
  }
  return { trust, exceptions: { exceptions } };
}
