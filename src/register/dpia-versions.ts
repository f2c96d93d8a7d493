import { canonicalJson } from "../dpia/fingerprint";
import { DpiaSchema, type Dpia } from "../dpia/schema";
import type { DpiaVersion } from "../report/dpo/versions";
import { jsonPath } from "../validation/schema-validator";
import { InputError } from "../validation/input-error";
import type { RegisterRecord } from "./record";

/** A DPIA as the register last recorded it, with every recorded version of it, oldest first. */
export interface RecordedDpia {
  dpia: Dpia;
  versions: DpiaVersion[];
}

function versionOf(record: RegisterRecord, dpia: Dpia): DpiaVersion {
  return {
    record: record.seq,
    assessed_at: record.at,
    compliance_status: dpia.compliance_status,
    overall_risk_score: dpia.risk_assessment.overall_risk_score,
    fingerprint: dpia.fingerprint,
    ...(dpia.exception ? { exception_id: dpia.exception.exception_id } : {}),
  };
}

/**
 * Every assessment the register holds of one DPIA. Undefined when there is none. A recorded DPIA
 * that this version cannot read is named, never passed over: the page must not show an older
 * version as the current one, nor a history with a gap.
 */
export function recordedDpia(
  records: readonly RegisterRecord[],
  dpiaId: string,
  location: string,
): RecordedDpia | undefined {
  let latest: Dpia | undefined;
  const versions: DpiaVersion[] = [];
  for (const record of records) {
    if (record.kind !== "assessment" || record.subject !== dpiaId) continue;
    const parsed = DpiaSchema.safeParse(record.data.dpia);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError([
        {
          file: location,
          location: `record ${record.seq} dpia${issue?.path.length ? `.${jsonPath(issue.path)}` : ""}`,
          expected: `a DPIA this version of the tool reads (${issue?.message ?? "not a DPIA"})`,
        },
      ]);
    }
    latest = parsed.data;
    versions.push(versionOf(record, parsed.data));
  }
  return latest ? { dpia: latest, versions } : undefined;
}

/**
 * What a DPIA says was assessed: all of it but when, and what the exceptions in force at that run made of it
 * (its status, decision and exception notes), which a run that could not record its authority writes too.
 */
const assessedPart = (dpia: Dpia): string => {
  const {
    timestamp: _at,
    exception: _applied,
    exception_notes: _notes,
    compliance_status: _status,
    decision: _decision,
    ...assessed
  } = dpia;
  return canonicalJson(assessed);
};

/**
 * The register's own record of a DPIA file an exception is requested from: approvers read what the request
 * shows (the ticket attaches it), so a file edited to look harmless (lower risk, findings removed, another
 * name) must not stand in for what the gate assessed. The latest assessment of the file's DPIA that says
 * what the file says was assessed; a file that matches none is refused, naming why.
 */
export function recordedVersion(records: readonly RegisterRecord[], dpia: Dpia, file: string, location: string): Dpia {
  const wanted = assessedPart(dpia);
  let found: Dpia | undefined;
  let assessed = 0;
  for (const record of records) {
    if (record.kind !== "assessment" || record.subject !== dpia.dpia_id) continue;
    assessed += 1;
    const parsed = DpiaSchema.safeParse(record.data.dpia);
    if (parsed.success && assessedPart(parsed.data) === wanted) found = parsed.data;
  }
  if (found) return found;
  throw new InputError([
    {
      file,
      location: "",
      expected:
        assessed === 0
          ? `a DPIA the gate recorded in ${location}: it holds no assessment of ${dpia.dpia_id} (run dpia gate with this register, and request the exception for the DPIA it writes)`
          : `a DPIA as the gate recorded it in ${location}: this file says something else was assessed than every assessment of ${dpia.dpia_id} there (it was edited, or comes from another register); request the exception for the DPIA the gate wrote`,
    },
  ]);
}
