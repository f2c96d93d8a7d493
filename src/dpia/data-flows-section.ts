import type { AssessmentSubject, DataFlow } from "../flows/model";
import { sourceJurisdiction } from "../flows/jurisdiction";
import type { EffectivePolicy } from "../policy/load-policy";
import type { Dpia } from "./schema";

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
    return {
      source: flow.source,
      destination: destination.name,
      destination_kind: destination.kind,
      ...(destination.url ? { destination_host: destination.url.host } : {}),
      ...(destination.url?.unicodeHost ? { destination_host_unicode: destination.url.unicodeHost } : {}),
      ...(destination.unresolved ? { destination_unresolved: destination.unresolved } : {}),
      ...(destination.vendor ? { vendor: destination.vendor } : {}),
      country: destination.country ?? (internal ? (sourceCountry ?? "unknown") : "unknown"),
      transfer_mechanism: transferMechanism(subject, flow, internal),
      approved: internal || !!destination.approval,
      ...(destination.middleware ? { middleware: destination.middleware } : {}),
      data_elements: flow.data_elements,
      processing_nature: flow.processing_nature,
      frequency: flow.frequency,
      ...(flow.scale ? { scale: flow.scale } : {}),
      via: flow.via,
    };
  });
}
