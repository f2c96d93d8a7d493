import type { Dpia } from "../../dpia/schema";
import { choices, TO_COMPLETE, type WorksheetTable } from "./fill-in";

/** A review is due by the exception's expiry at the latest: after it, the block returns. */
function reviewBy(dpia: Dpia): string {
  return dpia.exception
    ? `${TO_COMPLETE} (no later than ${dpia.exception.expires_at}, when exception ${dpia.exception.exception_id} expires)`
    : TO_COMPLETE;
}

/**
 * ICO step 7, "sign off and record outcomes": who approved the measures and the residual risk, the
 * DPO's advice and whether it was followed, and who keeps the DPIA under review until when (Art. 35(11)).
 */
export function outcome(dpia: Dpia): WorksheetTable {
  const high = dpia.measures.residual_risk === "High" || dpia.measures.residual_risk === "Critical";
  return {
    caption: "Sign-off and outcomes (ICO step 7)",
    headers: ["Item", "Name, role and date", "Notes"],
    rows: [
      ["Measures approved by", TO_COMPLETE, "Add the actions to the project plan, with dates and owners."],
      [
        "Residual risks approved by",
        TO_COMPLETE,
        `${high ? "Residual risk is High or above as assessed: " : ""}accepting a residual high risk requires consulting the supervisory authority before processing starts (Art. 36(1)).`,
      ],
      [
        "DPO advice provided (Art. 35(2))",
        TO_COMPLETE,
        "On compliance, on the measures above and on whether the processing can proceed.",
      ],
      ["Summary of the DPO's advice", TO_COMPLETE, ""],
      [
        "DPO advice accepted or overruled by",
        TO_COMPLETE,
        `${choices("accepted", "overruled")}. If overruled, the reasons:`,
      ],
      [
        "Consultation responses reviewed by",
        TO_COMPLETE,
        "If the decision departs from the data subjects' views, the reasons:",
      ],
      ["This DPIA is kept under review by", TO_COMPLETE, "Review at least when the risk changes (Art. 35(11))."],
      ["Next review date", reviewBy(dpia), ""],
    ],
  };
}
