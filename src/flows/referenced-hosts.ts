import type { Catalog } from "../catalog/schema";
import { analyzeUrl } from "../hosts/url-analysis";
import { parseTemplate, visitStrings } from "../inventory/expressions";
import { allBlocks } from "../inventory/lookup";
import type { GenesysResource, ProviderConfig } from "../inventory/model";
import type { ApprovedDestination } from "../policy/load-policy";
import { approvalForHost, isGenesysHost } from "./approve-destination";
import { looksLikeUrl, readEndpoint } from "./endpoint";
import type { ReferencedHost } from "./model";

function templatedUrl(text: string): boolean {
  const first = parseTemplate(text)[0];
  return first?.kind === "literal" && looksLikeUrl(first.text.split(/\s/)[0] ?? "") && /^[a-z][a-z0-9+.-]*:\/\//i.test(first.text);
}

/**
 * Every host named anywhere in the resources' attributes (static analysis of the whole
 * configuration, not only the fields the engine knows), and the provider's gateway and proxy.
 */
export function referencedHosts(members: GenesysResource[], provider: ProviderConfig | undefined, approved: ApprovedDestination[], catalog: Catalog): ReferencedHost[] {
  const found: ReferencedHost[] = [];
  const add = (resource: string, attribute: string, text: string) => {
    const endpoint = readEndpoint(text, {});
    if (endpoint.kind === "unknown") {
      found.push({ resource, attribute, approved: false, warnings: [], unresolved: endpoint.reason });
      return;
    }
    if (endpoint.kind !== "absolute" || !endpoint.url) return;
    const { host, unicodeHost, warnings } = endpoint.url;
    if (isGenesysHost(host, catalog)) return;
    found.push({ resource, attribute, host, ...(unicodeHost ? { unicodeHost } : {}), approved: !!approvalForHost(host, approved), warnings });
  };
  for (const member of members) {
    visitStrings(member.attributes, (text, path) => {
      if (looksLikeUrl(text) || templatedUrl(text)) add(member.address, path, text);
    });
  }
  for (const key of ["gateway", "proxy"]) {
    allBlocks(provider?.attributes, key).forEach((block, index) => {
      const host = block.host;
      if (typeof host !== "string") return;
      const protocol = typeof block.protocol === "string" ? block.protocol.toLowerCase() : "https";
      const port = typeof block.port === "string" && block.port ? `:${block.port}` : "";
      const url = analyzeUrl(`${protocol}://${host}${port}/`);
      if (url.ok) found.push({ resource: "provider.genesyscloud", attribute: `${key}[${index}].host`, host: url.url.host, approved: !!approvalForHost(url.url.host, approved), warnings: url.url.warnings });
      else found.push({ resource: "provider.genesyscloud", attribute: `${key}[${index}].host`, approved: false, warnings: [], unresolved: url.reason });
    });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.resource.localeCompare(b.resource) || a.attribute.localeCompare(b.attribute))
    .filter((entry) => {
      const key = `${entry.resource}|${entry.attribute}|${entry.host ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
