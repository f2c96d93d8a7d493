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
