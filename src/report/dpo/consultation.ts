import type { Dpia } from "../../dpia/schema";
import { choices, TO_COMPLETE, type WorksheetTable } from "./fill-in";

/**
 * Whose views were sought (ICO step 3): the data subjects or their representatives (Art. 35(9)),
 * the processors (Art. 28(3)(f)) and the experts; each with what they said or why they were not asked.
 */
export function consultation(dpia: Dpia): WorksheetTable {
  const processors = [
    ...new Set(
      dpia.data_flows
        .filter((flow) => flow.data_elements.length > 0 && flow.destination_kind === "third_party")
        .map((flow) => flow.vendor ?? flow.destination),
    ),
  ];
  return {
    caption: "Consultation (to complete)",
    headers: ["Who", "Sought", "Their views, or why they were not sought", "Reviewed by"],
    rows: [
      ["Data subjects or their representatives (GDPR Art. 35(9))", choices("yes", "no"), TO_COMPLETE, TO_COMPLETE],
      [
        `Processors (Art. 28(3)(f))${processors.length > 0 ? `: ${processors.join(", ")}` : ""}`,
        choices("yes", "no"),
        TO_COMPLETE,
        TO_COMPLETE,
      ],
      ["Information security and other experts", choices("yes", "no"), TO_COMPLETE, TO_COMPLETE],
    ],
  };
}
