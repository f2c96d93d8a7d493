import { providerAddress } from "../inventory/provider-address";
import type { Catalog } from "../catalog/schema";
import { analyzeUrl } from "../hosts/url-analysis";
import { hasUnresolved, parseTemplate, visitStrings } from "../inventory/expressions";
import { allBlocks } from "../inventory/lookup";
import type { GenesysResource, ProviderConfig } from "../inventory/model";
import type { ApprovedDestination } from "../policy/load-policy";
import { approvalForHost } from "./approve-destination";
import { genesysRegionOfHost, isGenesysHost } from "./genesys-host";
import { sourceJurisdiction } from "./jurisdiction";
import { looksLikeUrl, readEndpoint } from "./endpoint";
import type { ReferencedHost } from "./model";
import { namesNoDestination } from "./not-a-destination";
import { compareText } from "../text-order";

const STARTS_WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function templatedUrl(text: string): boolean {
  // A scheme holds no "$" or "%": when the text does not start with one, no template literal does (and no parse is needed).
  if (!STARTS_WITH_SCHEME.test(text)) return false;
  const first = parseTemplate(text)[0];
  return (
    first?.kind === "literal" && looksLikeUrl(first.text.split(/\s/)[0] ?? "") && STARTS_WITH_SCHEME.test(first.text)
  );
}

const ARN_ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;
const MAX_EMBEDDED_JSON = 1_000_000;

/** Whether a string starts, after white space, as an object or array: the JSON embeddedJson reads, told without a parse. */
const mayHoldJson = (text: string): boolean => /^\s*[[{]/.test(text);

/** Strings such as integration `config.properties` hold JSON; their URLs count too. For a text mayHoldJson accepts. */
function embeddedJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.length > MAX_EMBEDDED_JSON) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

interface Scan {
  approved: ApprovedDestination[];
  catalog: Catalog;
  /** The org's region, when known: Genesys hosts of another region are listed, the org's own never. */
  orgRegion?: string;
}

/** A host of the org's own Genesys region, or of any Genesys region when the org's region is unknown. */
function isOrgGenesysHost(host: string, scan: Scan): boolean {
  if (!isGenesysHost(host, scan.catalog)) return false;
  return !scan.orgRegion || genesysRegionOfHost(host, scan.catalog)?.aws_region === scan.orgRegion;
}

/** The host a URL-looking value names (or why it cannot be read); nothing for the org's own Genesys hosts or relative URLs. */
function urlHost(resource: string, attribute: string, text: string, scan: Scan): ReferencedHost | undefined {
  const { approved } = scan;
  const endpoint = readEndpoint(text, {});
  if (endpoint.kind === "unknown")
    return { resource, attribute, approved: false, warnings: [], unresolved: endpoint.reason };
  if (endpoint.kind !== "absolute" || !endpoint.url) return undefined;
  const { host, unicodeHost, warnings } = endpoint.url;
  if (isOrgGenesysHost(host, scan)) return undefined;
  return {
    resource,
    attribute,
    host,
    ...(unicodeHost ? { unicodeHost } : {}),
    approved: !!approvalForHost(host, approved),
    warnings,
  };
}

/** Every URL and AWS account named in a value, at any depth, JSON held in strings included. */
function hostsIn(resource: string, value: unknown, prefix: string, scan: Scan): ReferencedHost[] {
  const found: ReferencedHost[] = [];
  visitStrings(value, (text, pathOf) => {
    // What the text may name comes first: most strings name nothing, and their path is then never spelled.
    const url = looksLikeUrl(text) || templatedUrl(text);
    const account = ARN_ACCOUNT.exec(text)?.[1];
    const json = mayHoldJson(text);
    if (!url && !account && !json) return;
    const path = pathOf();
    const at = prefix && path ? `${prefix}.${path}` : prefix || path;
    if (namesNoDestination(at)) return;
    const host = url ? urlHost(resource, at, text, scan) : undefined;
    if (host) found.push(host);
    if (account)
      found.push({
        resource,
        attribute: at,
        awsAccount: account,
        approved: scan.approved.some((entry) => entry.aws_account === account),
        warnings: [],
      });
    const inner = json ? embeddedJson(text) : undefined;
    if (inner !== undefined) found.push(...hostsIn(resource, inner, at, scan));
  });
  return found;
}

/** The provider's gateway and proxy hosts: every API call of the org passes through them. */
function providerHosts(provider: ProviderConfig | undefined, approved: ApprovedDestination[]): ReferencedHost[] {
  const found: ReferencedHost[] = [];
  for (const key of ["gateway", "proxy"]) {
    allBlocks(provider?.attributes, key).forEach((block, index) => {
      const host = block.host;
      if (typeof host !== "string") return;
      const at = { resource: providerAddress(provider), attribute: `${key}[${index}].host` };
      if (hasUnresolved(host)) {
        found.push({ ...at, approved: false, warnings: [], unresolved: "the host is not resolved before deployment" });
        return;
      }
      const protocol = typeof block.protocol === "string" ? block.protocol.toLowerCase() : "https";
      const port = typeof block.port === "string" && block.port ? `:${block.port}` : "";
      const url = analyzeUrl(`${protocol}://${host}${port}/`);
      found.push(
        url.ok
          ? {
              ...at,
              host: url.url.host,
              approved: !!approvalForHost(url.url.host, approved),
              warnings: url.url.warnings,
            }
          : { ...at, approved: false, warnings: [], unresolved: url.reason },
      );
    });
  }
  return found;
}

/**
 * Every host named anywhere in the resources' attributes (static analysis of the whole
 * configuration, not only the fields the engine knows), and the provider's gateway and proxy.
 */
export function referencedHosts(
  members: GenesysResource[],
  provider: ProviderConfig | undefined,
  approved: ApprovedDestination[],
  catalog: Catalog,
): ReferencedHost[] {
  const org = sourceJurisdiction(provider, catalog);
  const scan: Scan = {
    approved,
    catalog,
    ...(org.basis === "region" && org.awsRegion ? { orgRegion: org.awsRegion } : {}),
  };
  const found = [
    ...members.flatMap((member) => hostsIn(member.address, member.attributes, "", scan)),
    ...providerHosts(provider, approved),
  ];
  const seen = new Set<string>();
  return found
    .sort((a, b) => compareText(a.resource, b.resource) || compareText(a.attribute, b.attribute))
    .filter((entry) => {
      const key = `${entry.resource}|${entry.attribute}|${entry.host ?? entry.awsAccount ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
