import type { AssessmentSubject, DataFlow } from "../flows/model";
import { sourceJurisdiction } from "../flows/jurisdiction";
import type { EffectivePolicy } from "../policy/load-policy";
import type { Dpia } from "./schema";

type DataFlowRow = Dpia["data_flows"][number];

/** How data reaches a destination outside the org; a destination inside it is not a transfer. */
function transferMechanism(subject: AssessmentSubject, flow: DataFlow, internal: boolean): string {
  if (internal) return "not a transfer";
  const transfer = subject.transfers.find((candidate) => candidate.via === flow.via && !candidate.onward);
  if (transfer) return transfer.status === "not_a_transfer" ? "not a transfer" : transfer.mechanism;
  return flow.data_elements.length === 0 ? "no personal data" : "unknown";
}

/** The DPIA's data flows: where each goes, in which country, on which transfer mechanism. */
export function dataFlowsOf(subject: AssessmentSubject, policy: EffectivePolicy): Dpia["data_flows"] {
  const sourceCountry = sourceJurisdiction(subject.provider, policy.catalog, policy.controller?.country).country;
  return subject.flows.map((flow) => {
    const destination = flow.destination;
    const internal = destination.kind === "genesys_org" || destination.kind === "configuration";
    // Key by key, in the order the JSON lists them: a conditional spread per optional key is a
    // runtime copy each, for every flow of every DPIA.
    const row: Partial<DataFlowRow> = {
      source: flow.source,
      destination: destination.name,
      destination_kind: destination.kind,
    };
    if (destination.url) row.destination_host = destination.url.host;
    if (destination.url?.unicodeHost) row.destination_host_unicode = destination.url.unicodeHost;
    if (destination.unresolved) row.destination_unresolved = destination.unresolved;
    if (destination.vendor) row.vendor = destination.vendor;
    row.country = destination.country ?? (internal ? (sourceCountry ?? "unknown") : "unknown");
    row.transfer_mechanism = transferMechanism(subject, flow, internal);
    row.approved = internal || !!destination.approval;
    if (destination.middleware) row.middleware = destination.middleware;
    row.data_elements = flow.data_elements;
    row.processing_nature = flow.processing_nature;
    row.frequency = flow.frequency;
    if (flow.scale) row.scale = flow.scale;
    row.via = flow.via;
    return row as DataFlowRow;
  });
}
