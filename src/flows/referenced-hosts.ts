import type { Catalog } from "../catalog/schema";
import { analyzeUrl } from "../hosts/url-analysis";
import { hasUnresolved, parseTemplate, visitStrings } from "../inventory/expressions";
import { allBlocks } from "../inventory/lookup";
import type { GenesysResource, ProviderConfig } from "../inventory/model";
import type { ApprovedDestination } from "../policy/load-policy";
import { approvalForHost, isGenesysHost } from "./approve-destination";
import { looksLikeUrl, readEndpoint } from "./endpoint";
import type { ReferencedHost } from "./model";

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

/** Strings such as integration `config.properties` hold JSON; their URLs count too. */
function embeddedJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.length > MAX_EMBEDDED_JSON || !/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
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
    found.push({
      resource,
      attribute,
      host,
      ...(unicodeHost ? { unicodeHost } : {}),
      approved: !!approvalForHost(host, approved),
      warnings,
    });
  };
  const scan = (resource: string, value: unknown, prefix: string) =>
    visitStrings(value, (text, path) => {
      const at = prefix && path ? `${prefix}.${path}` : prefix || path;
      if (looksLikeUrl(text) || templatedUrl(text)) add(resource, at, text);
      const account = ARN_ACCOUNT.exec(text)?.[1];
      if (account)
        found.push({
          resource,
          attribute: at,
          awsAccount: account,
          approved: approved.some((entry) => entry.aws_account === account),
          warnings: [],
        });
      const inner = embeddedJson(text);
      if (inner !== undefined) scan(resource, inner, at);
    });
  for (const member of members) scan(member.address, member.attributes, "");
  for (const key of ["gateway", "proxy"]) {
    allBlocks(provider?.attributes, key).forEach((block, index) => {
      const host = block.host;
      if (typeof host !== "string") return;
      if (hasUnresolved(host)) {
        found.push({
          resource: "provider.genesyscloud",
          attribute: `${key}[${index}].host`,
          approved: false,
          warnings: [],
          unresolved: "the host is not resolved before deployment",
        });
        return;
      }
      const protocol = typeof block.protocol === "string" ? block.protocol.toLowerCase() : "https";
      const port = typeof block.port === "string" && block.port ? `:${block.port}` : "";
      const url = analyzeUrl(`${protocol}://${host}${port}/`);
      if (url.ok)
        found.push({
          resource: "provider.genesyscloud",
          attribute: `${key}[${index}].host`,
          host: url.url.host,
          approved: !!approvalForHost(url.url.host, approved),
          warnings: url.url.warnings,
        });
      else
        found.push({
          resource: "provider.genesyscloud",
          attribute: `${key}[${index}].host`,
          approved: false,
          warnings: [],
          unresolved: url.reason,
        });
    });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.resource.localeCompare(b.resource) || a.attribute.localeCompare(b.attribute))
    .filter((entry) => {
      const key = `${entry.resource}|${entry.attribute}|${entry.host ?? entry.awsAccount ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
