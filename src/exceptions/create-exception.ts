import { createHash } from "node:crypto";
import { canonicalJson } from "../dpia/fingerprint";
import type { Dpia } from "../dpia/schema";
import { InputError } from "../validation/input-error";
import { exceptionCheckNote } from "./exception-checks";
import type { ExceptionRecord } from "./schema";

export interface ExceptionRequest {
  dpia: Pick<Dpia, "dpia_id" | "integration_name" | "fingerprint" | "subject">;
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
  if (!(request.hours > 0) || request.hours > request.maxHours) {
    problems.push({
      file: "--hours",
      location: "",
      expected: exceptionCheckNote(
        "EXC-WINDOW-LENGTH",
        `a window of at most ${request.maxHours} hours, got ${request.hours}`,
      ),
    });
  }
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
