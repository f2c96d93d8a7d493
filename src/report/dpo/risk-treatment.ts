import type { Dpia } from "../../dpia/schema";
import { registeredId } from "../registered-ids";
import { choices, type WorksheetTable } from "./fill-in";

/** The options the DPIA offers against one risk: the rule's remediation, or the measures for the flows. */
/** A finding's risk names its rule first ("GC-FLW-1 on <resource>"); the data-flow risk names none. */
const ruleOf = (risk: Dpia["risks"][number]) => registeredId(risk.source.split(" ")[0] ?? "");

function optionsFor(dpia: Dpia, risk: Dpia["risks"][number]): string {
  const remediation = ruleOf(risk)?.remediation;
  if (remediation) return remediation;
  if (dpia.mitigations.length === 0) return "No measure proposed by the tool.";
  const byStatus = (status: string) => dpia.mitigations.filter((m) => m.status === status).map((m) => m.control_id);
  const implemented = byStatus("Implemented");
  const pending = byStatus("Pending Review");
  return [
    ...(implemented.length > 0 ? [`Implemented: ${implemented.join(", ")}`] : []),
    ...(pending.length > 0 ? [`To confirm: ${pending.join(", ")}`] : []),
    "(the measures of section 5)",
  ].join("\n");
}

/**
 * ICO step 6 for each risk of section 4 (named there with its harm, likelihood and severity): the
 * options to reduce or eliminate it, and, for the DPO and the controller, the effect of the measure,
 * the residual risk and whether the measure is approved.
 */
export function riskTreatment(dpia: Dpia): WorksheetTable {
  return {
    caption: "Measures and residual risk per risk (ICO step 6)",
    headers: ["Risk", "Options to reduce or eliminate", "Effect on risk", "Residual risk", "Measure approved"],
    rows: dpia.risks.map((risk) => [
      `${risk.id}${ruleOf(risk) ? ` (${ruleOf(risk)?.id})` : ""}`,
      optionsFor(dpia, risk),
      choices("eliminated", "reduced", "accepted"),
      choices("low", "medium", "high"),
      choices("yes", "no"),
    ]),
  };
}
