import type { AssessmentResult } from "../dpia/assess-inventory";
import { assertValidDpia } from "../dpia/validate-dpia";
import type { EffectivePolicy } from "../policy/load-policy";
import { applyExceptions, type ExceptionUse } from "./apply-exceptions";
import type { ExceptionRecord } from "./schema";

/** The final decision: blocked DPIAs pass only on a valid exception. */
export function enforce(
  result: AssessmentResult,
  exceptions: { exceptions: ExceptionRecord[] },
  policy: EffectivePolicy,
  now: Date,
): { result: AssessmentResult; uses: ExceptionUse[] } {
  const { dpias: final, uses } = applyExceptions(
    result.dpias,
    exceptions.exceptions,
    policy.approvers,
    now,
    policy.maxExceptionHours,
  );
  final.forEach(assertValidDpia);
  return {
    result: {
      scope: result.scope,
      dpias: final,
      blocked: final.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT"),
      // Warned as assessed (acknowledged findings raise none), and every approval that rests on an exception.
      warned: final.filter(
        (dpia) =>
          dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT" &&
          (result.warned.some((warned) => warned.dpia_id === dpia.dpia_id) || !!dpia.exception),
      ),
    },
    uses,
  };
}
