import type { Catalog } from "../catalog/schema";
import { hostMatches } from "../hosts/host-pattern";
import type { ApprovedDestination } from "../policy/load-policy";
import type { Destination } from "./model";

export function approvalForHost(
  host: string | undefined,
  approved: ApprovedDestination[],
): ApprovedDestination | undefined {
  return host ? approved.find((entry) => entry.hostPattern && hostMatches(entry.hostPattern, host)) : undefined;
}

/**
 * Completes a destination with what the allow-list and the catalog say: the approving entry,
 * vendor, country, and whether the recipient is middleware that passes the data on.
 */
export function approveDestination(
  destination: Destination,
  approved: ApprovedDestination[],
  catalog: Catalog,
  clientName?: string,
): Destination {
  const asciiHost = destination.url?.host;
  const approval =
    approvalForHost(asciiHost, approved) ??
    (destination.awsAccount ? approved.find((entry) => entry.aws_account === destination.awsAccount) : undefined) ??
    (destination.kind === "api_client" && clientName
      ? approved.find((entry) => entry.oauth_client === clientName)
      : undefined) ??
    (destination.appHosts ?? []).map((host) => approvalForHost(host, approved)).find((entry) => !!entry);
  const awsCountry = destination.awsRegion
    ? catalog.aws_regions.find((entry) => entry.aws_region === destination.awsRegion)?.country
    : undefined;
  // The configuration's region decides the country; the allow-list's only when the configuration names none.
  const country = destination.location
    ? destination.location.country
    : (awsCountry ?? approval?.country ?? destination.country);
  const ipaas = asciiHost
    ? catalog.middleware_hosts.find((entry) => asciiHost === entry.suffix || asciiHost.endsWith(`.${entry.suffix}`))
    : undefined;
  const middleware = approval?.middleware
    ? "the allow-list marks it as middleware"
    : destination.kind === "customer_cloud"
      ? "it is a function or event bus that passes the data on"
      : ipaas
        ? `${ipaas.vendor} is an integration platform that passes the data on`
        : undefined;
  const host = destination.url?.unicodeHost ?? destination.url?.host;
  const name =
    approval && host && destination.kind !== "api_client" ? `${approval.vendor} (${host})` : destination.name;
  return {
    ...destination,
    name,
    ...(approval ? { approval } : {}),
    ...((approval?.vendor ?? ipaas?.vendor ?? destination.vendor)
      ? { vendor: approval?.vendor ?? ipaas?.vendor ?? destination.vendor }
      : {}),
    ...(country ? { country } : {}),
    ...(middleware ? { middleware } : {}),
  };
}
