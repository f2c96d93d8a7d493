import type { DocumentedCheck } from "../catalog/documented-check";

const KEEPS_BLOCK = "The exception does not apply and the block stands";

/**
 * Why an exception does not lift a block. An exception that is not applied names the first of these
 * it fails, in the order validateException tries them (not the order below). Severity: the block
 * that stays.
 */
export const EXCEPTION_CHECKS = [
  {
    id: "EXC-SIGNED-AT",
    name: "ExceptionSignedInItsWindow",
    severity: "Critical",
    description:
      "Every signature's signed_at lies between the request (5 minutes' clock skew allowed) and now, and before the window ends.",
    rationale: `${KEEPS_BLOCK}: a signature dated before the request or in the future was not given to this request.`,
    remediation: "Sign again with dpia exception approve, on a machine with a correct clock.",
  },
  {
    id: "EXC-TRUST-ROOT",
    name: "ExceptionsNeedPinnedTrustRoot",
    severity: "Critical",
    description:
      "A trust root signed by the approvers is in force (pinned by DPIA_TRUST_ROOT, or the register's first root).",
    rationale: `${KEEPS_BLOCK}: who may approve comes from a root outside the repository, never from the policy a developer controls.`,
    remediation:
      "Create and pin a trust root (dpia trust init, sign, and DPIA_TRUST_ROOT in the pipeline's protected variables).",
  },
  {
    id: "EXC-DISTINCT-APPROVERS",
    name: "ExceptionSignedByDistinctApprovers",
    severity: "Critical",
    description: "No approver signs the same exception twice.",
    rationale: `${KEEPS_BLOCK}: dual approval means two people.`,
    remediation: "Have a second, different approver sign.",
  },
  {
    id: "EXC-APPROVER-KNOWN",
    name: "ExceptionApproverKnown",
    severity: "Critical",
    description: "Every signer is an approver of the policy.",
    rationale: `${KEEPS_BLOCK}: only the approvers the controller named may accept a risk.`,
    remediation: "Sign with a key of an approver listed in the policy.",
  },
  {
    id: "EXC-SIGNATURE",
    name: "ExceptionSignatureVerifies",
    severity: "Critical",
    description: "Each Ed25519 signature verifies against the approver's public key over the exception as signed.",
    rationale: `${KEEPS_BLOCK}: a changed exception or another person's key is a forgery.`,
    remediation: "Sign again with dpia exception approve after any change.",
  },
  {
    id: "EXC-TWO-APPROVERS",
    name: "ExceptionHasTwoApprovals",
    severity: "Critical",
    description: "At least two approvers have signed.",
    rationale: `${KEEPS_BLOCK}: accepting a critical risk needs two people (four-eyes principle).`,
    remediation: "Collect the second approval.",
  },
  {
    id: "EXC-DPO",
    name: "ExceptionApprovedByDpo",
    severity: "Critical",
    description: "One of the signers is the data protection officer (role DPO).",
    rationale: `${KEEPS_BLOCK}: GDPR Art. 35(2) requires the DPO's advice on a DPIA.`,
    remediation: "Have the DPO sign.",
  },
  {
    id: "EXC-SUBJECT",
    name: "ExceptionCoversThisSubject",
    severity: "Critical",
    description: "The exception names this DPIA and its subject (integration or OAuth client).",
    rationale: `${KEEPS_BLOCK}: an exception granted for one integration never covers another.`,
    remediation: "Request an exception for this DPIA.",
  },
  {
    id: "EXC-WINDOW-LENGTH",
    name: "ExceptionWindowBounded",
    severity: "Critical",
    description: "The window is positive and at most the policy's maximum (never more than 72 hours).",
    rationale: `${KEEPS_BLOCK}: an exception is time-bound so the risk is re-evaluated.`,
    remediation: "Request a shorter window.",
  },
  {
    id: "EXC-WINDOW-OPEN",
    name: "ExceptionWindowOpen",
    severity: "Critical",
    description: "Now lies inside the exception's window.",
    rationale: `${KEEPS_BLOCK}: before the window it is not granted yet, after it the integration must be re-evaluated.`,
    remediation: "Wait for the window, or re-evaluate and request a new exception.",
  },
  {
    id: "EXC-FINGERPRINT",
    name: "ExceptionBoundToConfiguration",
    severity: "Critical",
    description: "The exception's fingerprint equals that of the configuration being assessed.",
    rationale: `${KEEPS_BLOCK}: an approval covers exactly what was assessed, not a later change.`,
    remediation: "Request and approve an exception for the changed configuration.",
  },
] as const satisfies readonly DocumentedCheck<`EXC-${string}`>[];

/** The check an exception failed: an id declared above, or it does not compile. */
export type ExceptionCheckId = (typeof EXCEPTION_CHECKS)[number]["id"];

/** A note or message that names the check, as users and RULES.md know it: `EXC-DPO: no data protection officer…`. */
export function exceptionCheckNote(check: ExceptionCheckId, detail: string): string {
  return `${check}: ${detail}`;
}
