import type { Catalog } from "../catalog/schema";
import { genesysRegionOfHost, isGenesysHost } from "./genesys-host";
import type { SourceJurisdiction } from "./jurisdiction";
import type { Destination } from "./model";

/** The country of an AWS region the configuration names, or undefined when the catalog does not know the region. */
function awsRegionCountry(awsRegion: string, catalog: Catalog): string | undefined {
  const key = awsRegion.trim().toLowerCase();
  return catalog.aws_regions.find((entry) => entry.aws_region === key)?.country;
}

/** A Genesys Cloud host: the org's own region stays in the org; another region is Genesys in that region's country. */
function genesysDestination(
  destination: Destination,
  host: string,
  org: SourceJurisdiction,
  catalog: Catalog,
): Destination {
  const region = genesysRegionOfHost(host, catalog);
  const country = region?.country || undefined;
  // With no region configured, the Genesys host the configuration names is the best evidence of the
  // org's region (GC-PRV-2 asks for the region): presumed the org's own, never a transfer by itself.
  const presumed = !!region && org.basis !== "region";
  const ownRegion = presumed || (!!region && org.basis === "region" && region.aws_region === org.awsRegion);
  // Already placed inside the org by what judges the call (a Platform API endpoint's effect): kept.
  if (ownRegion && destination.kind === "genesys_org") return destination;
  if (ownRegion && host === `api.${region.domain}`)
    // An absolute Platform API URL may carry another org's credentials, and what it does depends on
    // the endpoint: it stays a recipient to review, in the org's country.
    return {
      ...destination,
      name: `Genesys Cloud Platform API (${host}), called by absolute URL: which org and what the endpoint does are not established`,
      vendor: "Genesys",
      location: {
        ...(country ? { country } : {}),
        by: `the Genesys Cloud domain ${region.domain} (${region.aws_region})`,
      },
    };
  if (ownRegion)
    return {
      name: presumed
        ? `Genesys Cloud (${host}, presumed the org's region: the configuration names none)`
        : `Genesys Cloud (${host}, the org's region)`,
      kind: "genesys_org",
      ...(destination.attribute ? { attribute: destination.attribute } : {}),
      ...(destination.url ? { url: destination.url } : {}),
      vendor: "Genesys",
      ...(country ? { country } : {}),
    };
  const where = region ? `${region.name}, ${region.aws_region}` : "a region this tool does not know";
  const why =
    org.basis !== "region"
      ? "the org's region is unknown, so it cannot be told whether this is the org's own region"
      : "another region than the org's, so another org and another country's Genesys data centres";
  return {
    ...destination,
    name: `Genesys Cloud in ${where} (${host}): ${why}`,
    kind: "third_party",
    vendor: "Genesys",
    location: {
      ...(country ? { country } : {}),
      by: region
        ? `the Genesys Cloud domain ${region.domain} (${region.aws_region})`
        : `the Genesys Cloud host ${host}`,
    },
  };
}

/**
 * Where the configuration itself places a recipient: an AWS region (an EventBridge bus, a Lambda
 * ARN, any resource naming one) is in that region's country, a Genesys Cloud host in its region's.
 * What the configuration says decides the country; the allow-list never moves it elsewhere.
 */
export function locateDestination(destination: Destination, org: SourceJurisdiction, catalog: Catalog): Destination {
  if (destination.awsRegion) {
    const country = awsRegionCountry(destination.awsRegion, catalog);
    return {
      ...destination,
      location: {
        ...(country ? { country } : {}),
        by: `the AWS region ${destination.awsRegion}`,
      },
    };
  }
  const host = destination.url?.host;
  if (host && isGenesysHost(host, catalog)) return genesysDestination(destination, host, org, catalog);
  return destination;
}
