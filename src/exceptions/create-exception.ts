import { createHash } from "node:crypto";
import { canonicalJson } from "../dpia/fingerprint";
import type { Dpia } from "../dpia/schema";
import { atLeast } from "../assess/risk-scale";
import { InputError, type InputProblem } from "../validation/input-error";
import { exceptionCheckNote } from "./exception-checks";
import type { ExceptionRecord } from "./schema";

export interface ExceptionRequest {
  /** With its risk and decision (a request, not a renewal), a DPIA below its block threshold is refused. */
  dpia: Pick<Dpia, "dpia_id" | "integration_name" | "fingerprint" | "subject"> &
    Partial<Pick<Dpia, "risk_assessment" | "decision">>;
  /** The DPIA file the request names, for messages. */
  dpiaFile?: string;
  requester: string;
  reason: string;
  ticket: string;
  notBefore: Date;
  hours: number;
  maxHours: number;
  requestedAt: Date;
  renews?: string;
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** How far ahead a window may start. */
const MAX_DAYS_AHEAD = 30;

/**
 * A window that starts months away is signed blind: approvers sign for a deployment they can see coming. (One
 * that has already ended is allowed: it never applies, and a pipeline's test of a lapsed exception makes one.)
 */
function windowProblems(request: ExceptionRequest): InputProblem[] {
  if (request.notBefore.getTime() <= request.requestedAt.getTime() + MAX_DAYS_AHEAD * 86_400_000) return [];
  return [
    {
      file: "--starts",
      location: "",
      expected: `a start at most ${MAX_DAYS_AHEAD} days ahead, got ${iso(request.notBefore)}: request the exception when the deployment is planned`,
    },
  ];
}

/** An exception lifts a block: a DPIA the gate approves without one needs none. */
function needProblems(dpia: ExceptionRequest["dpia"], file = dpia.dpia_id): InputProblem[] {
  const risk = dpia.risk_assessment?.overall_risk_score;
  const blockAt = dpia.decision?.block_at;
  if (!risk || !blockAt || atLeast(risk, blockAt)) return [];
  return [
    {
      file,
      location: "",
      expected: `a DPIA the gate blocks: ${dpia.dpia_id} is ${risk} risk, below its block threshold ${blockAt}, so it is approved without an exception`,
    },
  ];
}

/** A new, unsigned exception bound to the DPIA's subject and fingerprint. */
export function createException(request: ExceptionRequest): ExceptionRecord {
  const problems = [];
  const words = request.reason
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 1);
  if (request.reason.trim().length < 20 || words.length < 4)
    problems.push({
      file: "--reason",
      location: "",
      expected: "a reason of at least 20 characters and four words that says why the deployment cannot wait",
    });
  if (!request.ticket.trim())
    problems.push({ file: "--ticket", location: "", expected: "a ticket or change reference" });
  if (!(request.hours >= 1) || request.hours > request.maxHours) {
    problems.push({
      file: "--hours",
      location: "",
      expected: exceptionCheckNote(
        "EXC-WINDOW-LENGTH",
        `a window of 1 to ${request.maxHours} hours, got ${request.hours}`,
      ),
    });
  }
  problems.push(...windowProblems(request), ...needProblems(request.dpia, request.dpiaFile));
  if (problems.length > 0) throw new InputError(problems);
  const unsigned = {
    dpia_id: request.dpia.dpia_id,
    integration_name: request.dpia.integration_name,
    subject_address: request.dpia.subject.address,
    fingerprint: request.dpia.fingerprint,
    requester: request.requester,
    reason: request.reason.trim(),
    ticket: request.ticket.trim(),
    requested_at: iso(request.requestedAt),
    not_before: iso(request.notBefore),
    not_after: iso(new Date(request.notBefore.getTime() + request.hours * 3_600_000)),
    ...(request.renews ? { renews: request.renews } : {}),
  };
  const digest = createHash("sha256").update(canonicalJson(unsigned)).digest("hex").slice(0, 10);
  const slug = request.dpia.dpia_id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/-+$/, "");
  return { exception_id: `EXC-${slug}-${digest}`, ...unsigned, signatures: [] };
}
