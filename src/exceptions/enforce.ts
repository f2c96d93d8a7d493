import type { AssessmentResult } from "../dpia/assess-inventory";
import { assertValidDpia } from "../dpia/validate-dpia";
import type { EffectivePolicy } from "../policy/load-policy";
import { describeProblem, InputError, type InputProblem } from "../validation/input-error";
import { applyExceptions, type ExceptionUse } from "./apply-exceptions";
import { exceptionCheckNote } from "./exception-checks";
import type { ExceptionRecord } from "./schema";

/**
 * The final decision: blocked DPIAs pass only on a valid exception. Problems reading the
 * exceptions file are written into every blocked DPIA, whose block then stands.
 */
export function enforce(
  result: AssessmentResult,
  exceptions: { exceptions: ExceptionRecord[]; problems: InputProblem[]; logProblems?: InputProblem[] },
  policy: EffectivePolicy,
  now: Date,
): { result: AssessmentResult; uses: ExceptionUse[] } {
  const { dpias, uses } = applyExceptions(
    result.dpias,
    exceptions.exceptions,
    policy.approvers,
    now,
    policy.maxExceptionHours,
  );
  const fileNotes = [
    ...exceptions.problems.map((problem) => exceptionCheckNote("EXC-STRUCTURE", describeProblem(problem))),
    ...(exceptions.logProblems ?? []).map((problem) =>
      exceptionCheckNote(
        "EXC-LOG",
        `${describeProblem(problem)}; the exception is not applied because its use cannot be recorded`,
      ),
    ),
  ];
  const final = dpias.map((dpia) =>
    dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" && fileNotes.length > 0
      ? { ...dpia, exception_notes: [...(dpia.exception_notes ?? []), ...fileNotes] }
      : dpia,
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

/**
 * Enforces and records every use in the exceptions log. A use that cannot be recorded is no use:
 * when the log cannot be appended to, no exception is applied and the blocks stand (exit 1),
 * each blocked DPIA saying why (EXC-LOG).
 */
export function enforceRecorded(
  result: AssessmentResult,
  exceptions: { exceptions: ExceptionRecord[]; problems: InputProblem[] },
  policy: EffectivePolicy,
  now: Date,
  record: (uses: ExceptionUse[]) => void,
): { result: AssessmentResult; uses: ExceptionUse[]; logProblems: InputProblem[] } {
  const enforced = enforce(result, exceptions, policy, now);
  try {
    record(enforced.uses);
    return { ...enforced, logProblems: [] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const unrecorded = enforce(
      result,
      { exceptions: [], problems: exceptions.problems, logProblems: error.problems },
      policy,
      now,
    );
    return { ...unrecorded, uses: [], logProblems: error.problems };
  }
}
