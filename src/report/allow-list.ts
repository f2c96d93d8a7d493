import type { Dpia } from "../dpia/schema";

/** What a flow's `approved` means for its reader: inside Genesys, or whether the policy lists the recipient. */
export function allowListOf(flow: Dpia["data_flows"][number]): string {
  if (flow.destination_kind === "genesys_org" || flow.destination_kind === "configuration")
    return "inside Genesys Cloud";
  return flow.approved ? "on the allow-list" : "not on the allow-list";
}
