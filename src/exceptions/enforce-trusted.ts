import type { AssessmentResult } from "../dpia/assess-inventory";
import type { EffectivePolicy } from "../policy/load-policy";
import type { RootInForce } from "../trust/root-in-force";
import { withTrustRoot } from "../trust/apply-root";
import type { ExceptionUse } from "./apply-exceptions";
import { enforce } from "./enforce";
import { exceptionCheckNote } from "./exception-checks";
import type { ExceptionRecord } from "./schema";

/**
 * The decision with authority from the trust root in force: its approvers are the only ones whose
 * signatures count. Without a root no exception applies, and every blocked DPIA says how to pin one.
 */
export function enforceWithTrustRoot(
  result: AssessmentResult,
  exceptions: { exceptions: ExceptionRecord[] },
  policy: EffectivePolicy,
  trust: RootInForce,
  now: Date,
): { result: AssessmentResult; uses: ExceptionUse[] } {
  return enforceTrusted(result, exceptions, withTrustRoot(policy, trust.ok ? trust.root : undefined), trust, now);
}

/** The same, for a caller that already applied the trust root to its policy (withTrustRoot) and applies it once. */
export function enforceTrusted(
  result: AssessmentResult,
  exceptions: { exceptions: ExceptionRecord[] },
  trusted: EffectivePolicy,
  trust: RootInForce,
  now: Date,
): { result: AssessmentResult; uses: ExceptionUse[] } {
  const outcome = enforce(result, trust.ok ? exceptions : { exceptions: [] }, trusted, now);
  if (trust.ok) return outcome;
  const note = exceptionCheckNote("EXC-TRUST-ROOT", trust.reason);
  const dpias = outcome.result.dpias.map((dpia) =>
    dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT"
      ? { ...dpia, exception_notes: [...(dpia.exception_notes ?? []), note] }
      : dpia,
  );
  return {
    result: {
      ...outcome.result,
      dpias,
      blocked: dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT"),
    },
    uses: outcome.uses,
  };
}
