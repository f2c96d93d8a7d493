import type { Catalog } from "../catalog/schema";
import { countryName } from "../hosts/country";
import type { ProviderConfig } from "../inventory/model";
import { type TransferDecision, decideTransfer, sourceJurisdiction, unknownRegionNote } from "./jurisdiction";
import type { DataFlow, Destination, Transfer } from "./model";

const NO_TRANSFER_KINDS = new Set(["genesys_org", "configuration"]);

/**
 * The org's own account at a cloud provider whose standard terms include a transfer safeguard (the catalog's
 * `processor_terms`: AWS's data processing addendum and its SCCs). With no allow-list entry for the account, the
 * transfer rests on those terms until the controller confirms them: a review (GC-TRF-3, High), not a missing
 * mechanism. An entry is the controller's own record and governs: one that names the account without a mechanism,
 * or places it in another country than the configuration does, stays missing; and once the allow-list names any of
 * the org's accounts, an account it does not name is not presumed the org's. Regions the provider's terms do not
 * cover (AWS China, run by other operators) stay missing.
 */
function onProviderTerms(
  decision: TransferDecision,
  destination: Destination,
  catalog: Catalog,
  accountsListed: boolean,
): TransferDecision {
  if (decision.status !== "missing" || destination.kind !== "customer_cloud" || destination.approval) return decision;
  // An allow-list that names the org's accounts says which are its own: an account it leaves out may be anyone's.
  if (accountsListed) return decision;
  const terms = catalog.jurisdictions.processor_terms.find((entry) => entry.vendor === destination.vendor);
  if (!terms || (destination.awsRegion !== undefined && terms.not_in_regions.includes(destination.awsRegion)))
    return decision;
  return {
    status: "needs_review",
    mechanism: decision.mechanism,
    legal_basis: `${decision.legal_basis}, but the org's own ${terms.vendor} account rests on ${terms.terms}: confirm the account is the controller's, assess the transfer and list the account in the allow-list with its transfer_mechanism`,
  };
}

/**
 * One transfer assessment per flow that carries personal data out of the org, and one per
 * declared onward recipient of middleware; plus notes such as the ACD email transit region.
 */
export function evaluateTransfers(
  flows: DataFlow[],
  provider: ProviderConfig | undefined,
  catalog: Catalog,
  controllerCountry?: string,
  /** Whether the policy's allow-list names any cloud account (`aws_account`). */
  accountsListed = false,
): { transfers: Transfer[]; notes: string[] } {
  const source = sourceJurisdiction(provider, catalog, controllerCountry);
  const transfers: Transfer[] = [];
  for (const flow of flows) {
    if (flow.data_elements.length === 0 || NO_TRANSFER_KINDS.has(flow.destination.kind)) continue;
    const { destination } = flow;
    const approval = destination.approval;
    const decision = onProviderTerms(
      decideTransfer(source, destination.country, approval?.transfer_mechanism, catalog, approval?.derogation),
      destination,
      catalog,
      accountsListed,
    );
    transfers.push({
      via: flow.via,
      recipient: destination.vendor ?? destination.name,
      ...(destination.url ? { host: destination.url.host } : {}),
      ...(source.country ? { source_country: source.country } : {}),
      ...(destination.country ? { destination_country: destination.country } : {}),
      regime: source.regime,
      ...decision,
      data_elements: flow.data_elements,
    });
    for (const onward of approval?.onward_recipients ?? []) {
      const onwardDecision = decideTransfer(source, onward.country, onward.transfer_mechanism, catalog);
      transfers.push({
        via: flow.via,
        recipient: `${onward.name} (onward from ${destination.vendor ?? destination.name})`,
        ...(source.country ? { source_country: source.country } : {}),
        destination_country: onward.country,
        regime: source.regime,
        ...onwardDecision,
        data_elements: flow.data_elements,
        onward: true,
      });
    }
  }
  const notes: string[] = [];
  const unknownRegion = unknownRegionNote(source);
  if (unknownRegion) notes.push(unknownRegion);
  const region = catalog.regions.find((entry) => entry.aws_region === source.awsRegion);
  if (region?.acd_email_transit_region && flows.some((flow) => flow.data_elements.includes("message_content"))) {
    const transitCountry = catalog.aws_regions.find(
      (entry) => entry.aws_region === region.acd_email_transit_region,
    )?.country;
    notes.push(
      `If email is in scope: ACD email of ${region.aws_region} orgs passes through AWS ${region.acd_email_transit_region} (${countryName(transitCountry)})${region.email_stored_in_transit ? ", where Genesys also stores the body temporarily" : ""}${transitCountry && transitCountry !== region.country ? "; that is a transfer under Genesys's processor terms" : ""}.`,
    );
  }
  return { transfers, notes };
}
