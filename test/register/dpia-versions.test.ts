import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { recordedDpia } from "../../src/register/dpia-versions";
import type { RegisterRecord } from "../../src/register/record";
import { InputError } from "../../src/validation/input-error";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

/** A CRM lookup: a DPIA with data elements (contact details) to record. */
const dpia: Dpia = assess(terraformJson(webServiceAction({}))).dpias.find(
  (candidate) => candidate.data_elements.length > 0,
)!;

const assessment = (seq: number, data: Record<string, unknown>, subject = dpia.dpia_id): RegisterRecord => ({
  seq,
  kind: "assessment",
  subject,
  at: `2026-12-0${seq}T10:00:00Z`,
  data,
});

describe("recordedDpia: a DPIA's versions as the register holds them", () => {
  test("every assessment of that DPIA, oldest first, the latest as the page's DPIA; other subjects and kinds are not its versions", () => {
    const older = { ...dpia, timestamp: "2026-12-01T10:00:00Z" };
    const records: RegisterRecord[] = [
      assessment(1, { dpia: older }),
      assessment(2, { dpia: { ...dpia, dpia_id: "OAC-other-000000" } }, "OAC-other-000000"),
      { seq: 3, kind: "drift-run", subject: dpia.dpia_id, at: "2026-12-03T10:00:00Z", data: {} },
      assessment(4, { dpia }),
    ];
    const recorded = recordedDpia(records, dpia.dpia_id, "register.db")!;
    expect(recorded.dpia.timestamp).toBe(dpia.timestamp);
    expect(recorded.versions.map((version) => [version.record, version.assessed_at])).toEqual([
      [1, "2026-12-01T10:00:00Z"],
      [4, "2026-12-04T10:00:00Z"],
    ]);
    expect(recordedDpia(records, "OAC-absent-000000", "register.db")).toBeUndefined();
  });

  test("a DPIA recorded before fideslang categories existed still reads: its elements have none", () => {
    const withoutCategories = {
      ...dpia,
      data_elements: dpia.data_elements.map(({ fides_data_categories: _dropped, ...element }) => element),
    };
    expect(withoutCategories.data_elements.length).toBeGreaterThan(0);
    const recorded = recordedDpia([assessment(1, { dpia: withoutCategories })], dpia.dpia_id, "register.db")!;
    expect(recorded.dpia.data_elements.every((element) => element.fides_data_categories.length === 0)).toBe(true);
  });

  test("a recorded DPIA this version cannot read is named with its record and path, never passed over", () => {
    const records = [assessment(1, { dpia }), assessment(2, { dpia: { ...dpia, risk_assessment: "High" } })];
    expect(() => recordedDpia(records, dpia.dpia_id, "register.db")).toThrow(InputError);
    expect(() => recordedDpia(records, dpia.dpia_id, "register.db")).toThrow(
      /^register\.db: record 2 dpia\.risk_assessment: a DPIA this version of the tool reads/,
    );
  });
});
