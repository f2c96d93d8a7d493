import type { Catalog } from "../../catalog/schema";
import { isGenesysHost } from "../../flows/genesys-host";
import type { DataFlow } from "../../flows/model";

/** The vendor receiving a flow's personal data, as the configuration names it. */
export interface ThirdPartyRecipient {
  /** How the DPIA names the recipient. */
  name: string;
  /** The host a vendor source can be asked about, when the configuration names one. */
  host?: string;
}

/**
 * Whether a flow carries personal data to a third party whose own handling of it (retention, erasure,
 * DPA, sub-processors) the DPIA must know: a service outside Genesys that the configuration names by
 * its host, or, with no host, by an integration type whose catalog entry names the vendor (Zendesk,
 * Dynamics 365). Not Genesys itself, recognised by the host (an allow-list entry calling a vendor
 * "Genesys" moves nothing). Not the org's own cloud account (`customer_cloud`: the org sets what is
 * kept there; a function's or bus's onward recipients are GC-MID-1's), not an API client (who runs it
 * is the allow-list's question, GC-DST-1, and no source can be asked about it), not an unknown
 * recipient (Critical on its own, GC-FLW-2), not the person a message is sent to, nor a paired org
 * (another Genesys customer, under the org-authorization trust).
 */
export function thirdPartyRecipient(flow: DataFlow, catalog: Catalog): ThirdPartyRecipient | undefined {
  const { destination } = flow;
  if (flow.data_elements.length === 0 || destination.kind !== "third_party") return undefined;
  const host = destination.url?.host;
  if (host) return isGenesysHost(host, catalog) ? undefined : { name: destination.name, host };
  const catalogVendor = catalog.integration_types.some((type) => !!type.vendor && type.vendor === destination.vendor);
  return catalogVendor ? { name: destination.name } : undefined;
}
