import type { Dpia } from "../../dpia/schema";
import { TO_COMPLETE, type WorksheetTable } from "./fill-in";

type DataFlow = Dpia["data_flows"][number];

/** Who receives the data: the destination as the DPIA names it, with its host. */
function recipientOf(flow: DataFlow): string {
  const host = flow.destination_host ?? (flow.destination_unresolved ? "host unknown" : undefined);
  return host && !flow.destination.includes(host) ? `${flow.destination} (${host})` : flow.destination;
}

/** Retention the vendor's record states for this flow, for the DPO to confirm; otherwise left to complete. */
function knownRetention(dpia: Dpia, flows: DataFlow[]): string {
  const stated = (dpia.vendor_governance?.flows ?? [])
    .filter((entry) => flows.some((flow) => flow.via === entry.via))
    .flatMap(({ vendor, host, as_of, vendor_retention: kept }) =>
      kept
        ? [
            `${vendor ?? host}: ${kept.live_days} days${kept.backup_days ? ` + ${kept.backup_days} in backups` : ""} (vendor record ${as_of ?? ""}; confirm)`,
          ]
        : [],
    );
  return stated.length > 0 ? [...new Set(stated)].join("\n") : TO_COMPLETE;
}

/** The lawful basis cell: always to complete, saying which extra condition the data needs. */
function lawfulBasis(elements: Dpia["data_elements"]): string {
  const special = elements.filter((element) => element.regulatory_category === "special_category");
  const criminal = elements.filter((element) => element.regulatory_category === "criminal_offence");
  return [
    `Art. 6(1): ${TO_COMPLETE}`,
    ...(special.length > 0 ? [`Art. 9(2) condition for ${special.map((e) => e.name).join(", ")}: ${TO_COMPLETE}`] : []),
    ...(criminal.length > 0 ? [`Art. 10 authority for ${criminal.map((e) => e.name).join(", ")}: ${TO_COMPLETE}`] : []),
  ].join("\n");
}

/**
 * One row per recipient of personal data: what it receives (with the fideslang categories), and the
 * purpose, lawful basis and retention there that the configuration cannot tell (Art. 5(1)(b), 6, 9,
 * 5(1)(e); Art. 30(1)(b), (d), (f)).
 */
export function recipientsToComplete(dpia: Dpia): WorksheetTable {
  const byRecipient = new Map<string, DataFlow[]>();
  for (const flow of dpia.data_flows.filter((candidate) => candidate.data_elements.length > 0)) {
    const key = recipientOf(flow);
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), flow]);
  }
  return {
    caption: "Purposes, lawful basis and retention at each recipient (to complete)",
    headers: [
      "Recipient",
      "Data elements (fideslang categories)",
      "Purpose",
      "Lawful basis",
      "Retention at the recipient",
    ],
    rows: [...byRecipient].map(([recipient, flows]) => {
      const ids = new Set(flows.flatMap((flow) => flow.data_elements));
      const elements = dpia.data_elements.filter((element) => ids.has(element.id));
      return [
        recipient,
        elements.map((e) => `${e.name} (${e.fides_data_categories.join(", ") || "no category"})`).join("\n"),
        TO_COMPLETE,
        lawfulBasis(elements),
        knownRetention(dpia, flows),
      ];
    }),
  };
}
