import { platformApiCall } from "../../catalog/platform-api";
import type { Catalog } from "../../catalog/schema";
import { parseVelocity } from "../../inventory/velocity";
import type { ClassifiedElement } from "../model";

const ENDPOINT_RULE = "CLS-API-ENDPOINT";

/** The catalog's free-text endpoint a relative `/api/v2/` URL calls, if any. */
export function freeTextEndpoint(url: string | undefined, catalog: Catalog): string | undefined {
  if (!url?.startsWith("/api/v2/")) return undefined;
  const path = url.split("?")[0]!.split("/").filter(Boolean);
  return catalog.free_text_endpoints.find((prefix) => {
    const want = prefix.split("/").filter(Boolean);
    return want.length <= path.length && want.every((segment, i) => segment === "{id}" || segment === path[i]);
  });
}

function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  return want.length === have.length && want.every((segment, i) => segment.startsWith("{") || segment === have[i]);
}

const anyParameter = (template: string) => template.replace(/\{[^/]*\}/g, "{}");

/**
 * A relative `/api/v2/...` URL is the Genesys org's own API; the data elements' source_api_endpoint
 * says what an operation returns. The operation is the Platform API catalog's (so
 * `/conversations/messages/agentless` is not the message `{conversationId}`); a path the catalog
 * does not know is matched segment by segment.
 */
export function endpointElements(
  method: string | undefined,
  url: string | undefined,
  catalog: Catalog,
): ClassifiedElement[] {
  const call = platformApiCall(catalog, method, url);
  if (!url || !call) return [];
  const template = call.template ? anyParameter(call.template) : undefined;
  const path = parseVelocity(url.split("?")[0]!)
    .map((part) => (part.kind === "text" ? part.text : part.kind === "directive" && part.name === "set" ? "" : "{x}"))
    .join("");
  return catalog.data_elements
    .filter(
      (element) =>
        element.source_api_endpoint &&
        (template
          ? anyParameter(element.source_api_endpoint) === template
          : pathMatches(element.source_api_endpoint, path)),
    )
    .map((element) => ({
      element: element.id,
      rule: ENDPOINT_RULE,
      evidence: [`config_request.request_url_template (${element.source_api_endpoint})`],
    }));
}
