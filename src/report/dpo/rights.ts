import type { Dpia } from "../../dpia/schema";
import { TO_COMPLETE, type WorksheetTable } from "./fill-in";

type DataFlow = Dpia["data_flows"][number];
type VendorFlow = NonNullable<Dpia["vendor_governance"]>["flows"][number];

/** The flows of personal data to recipients outside the Genesys Cloud org. */
function outsideFlows(dpia: Dpia): DataFlow[] {
  return dpia.data_flows.filter((flow) => flow.data_elements.length > 0 && flow.destination_kind !== "genesys_org");
}

/** One line per recipient: what its vendor record says, or that nothing is known of it. */
function perRecipient(dpia: Dpia, say: (entry: VendorFlow) => string | undefined, unknown: string): string {
  const lines = outsideFlows(dpia).map((flow) => {
    const entry = dpia.vendor_governance?.flows.find((candidate) => candidate.via === flow.via);
    return `${flow.destination}: ${(entry && say(entry)) ?? unknown}`;
  });
  return [...new Set(lines)].join("\n");
}

function deletion(dpia: Dpia): string {
  if (outsideFlows(dpia).length === 0) return "Data stays in the Genesys Cloud org: erasure there covers it.";
  return perRecipient(
    dpia,
    ({ deletion: how }) => how && `${how.mode} deletion, ${how.api ? "by API" : "no API"}`,
    "how an erasure request reaches it (Art. 19) is not known from the configuration",
  );
}

function processors(dpia: Dpia): string {
  if (outsideFlows(dpia).length === 0) return "No recipient outside the org.";
  return perRecipient(
    dpia,
    ({ dpa }) => dpa && `DPA ${dpa.status.replace(/_/g, " ")}`,
    "needs an Art. 28 agreement (not known from the configuration)",
  );
}

function transfers(dpia: Dpia): string {
  const out = dpia.transfers.filter((transfer) => transfer.status !== "not_a_transfer");
  if (out.length === 0) return "No transfer outside the EEA found.";
  return out
    .map((transfer) => `${transfer.recipient}: ${transfer.mechanism} (${transfer.status.replace(/_/g, " ")})`)
    .join("\n");
}

/**
 * The controls that protect the data subjects' rights, in the order of the CNIL PIA guide (part 2.2)
 * and WP248 Annex 2: what the configuration shows for each, and the measure the controller records.
 */
export function rightsMeasures(dpia: Dpia): WorksheetTable {
  const recipients = [...new Set(outsideFlows(dpia).map((flow) => flow.destination))];
  const held =
    recipients.length === 0
      ? "Held in the Genesys Cloud org."
      : `Also held at ${recipients.join(", ")}: an answer must include them.`;
  return {
    caption: "Measures for the data subjects' rights (to complete)",
    headers: ["Right or control", "GDPR", "What the configuration shows", "Measure"],
    rows: [
      ["Information to the data subjects", "Art. 12-14", "Not visible in the configuration.", TO_COMPLETE],
      ["Consent, where it is the lawful basis", "Art. 7", "Not visible in the configuration.", TO_COMPLETE],
      ["Access and portability", "Art. 15, 20", held, TO_COMPLETE],
      ["Rectification and erasure", "Art. 16, 17, 19", deletion(dpia), TO_COMPLETE],
      ["Restriction and objection", "Art. 18, 21", held, TO_COMPLETE],
      ["Processors and their contracts", "Art. 28", processors(dpia), TO_COMPLETE],
      ["Transfers outside the EEA", "Art. 44-49", transfers(dpia), TO_COMPLETE],
    ],
  };
}
