import { platformApiCall } from "../../catalog/platform-api";
import type { Catalog } from "../../catalog/schema";
import { isGenesysHost } from "../../flows/genesys-host";
import { firstBlock, resolveReference, stringAt } from "../../inventory/lookup";
import { ACTION_TYPES, ofType } from "../../inventory/resource-type";
import { declareRule } from "../rule";

/**
 * The path of a URL that names a Genesys Cloud host itself (`https://api.mypurecloud.de/api/v2/...`), as a web
 * services action calls the Platform API with credentials of its own; undefined for any other URL.
 */
function genesysApiPath(url: string | undefined, catalog: Catalog): string | undefined {
  const match = /^\s*https?:\/\/([^/?#${}%@\\]+)(\/[^?#]*)/i.exec(url ?? "");
  return match && isGenesysHost(match[1]!.replace(/:\d+$/, ""), catalog) ? match[2] : undefined;
}

export const DataActionLeavesAccessUnchanged = declareRule({
  id: "GC-ACT-4",
  name: "DataActionLeavesAccessUnchanged",
  target: "resource",
  resourceTypes: ACTION_TYPES,
  severity: "High",
  description:
    "A data action that calls the Genesys Cloud Platform API (through the Genesys Cloud Data Actions integration, or a URL of a Genesys Cloud host) does not change who may read or receive the org's data: it grants no roles or divisions, edits no role, creates or edits no OAuth client, and reconfigures no integration, recording export, messaging webhook, trigger or call forwarding.",
  rationale:
    "Any flow, workflow or script that can run the action can then give any user or client any role, recording and transcript access included, or send every later message, recording or call to a recipient of its choosing, without the review that a change made in the admin UI or in Terraform gets. Who can read or receive personal data is part of its security (GDPR Art. 32(1)(b), Art. 32(4), Art. 25(2), Art. 28(1)).",
  remediation:
    "Grant roles and OAuth clients, and configure integrations, exports, webhooks and forwarding, in Terraform or through the admin UI, where changes are reviewed; if the action must stay, restrict what it may set, mark it secure, run it only from a flow that few can edit, and audit its calls.",
  check(resource, context) {
    const integration = ofType(
      resolveReference(context.inventory, resource.attributes.integration_id).resource,
      "genesyscloud_integration",
    );
    const request = firstBlock(resource.attributes, "config_request");
    const url = stringAt(request, "request_url_template");
    const path =
      stringAt(integration?.attributes, "integration_type") === "purecloud-data-actions"
        ? url
        : genesysApiPath(url, context.catalog);
    const call = platformApiCall(context.catalog, stringAt(request, "request_type"), path);
    if (call?.effect !== "changes_access") return [];
    return [
      {
        attribute: "config_request.request_url_template",
        message: `${call.method} ${call.template ?? call.path} ${call.why}, for whoever the flow that runs it names`,
      },
    ];
  },
});
