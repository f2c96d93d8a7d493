import type { ResourceRule } from "../rule";
import { elementIdsOf } from "../helpers";

export const DataActionEndpointUsesHttps: ResourceRule = {
  id: "GC-ACT-2",
  name: "DataActionEndpointUsesHttps",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_action", "genesyscloud_integration_custom_auth_action"],
  severity: "High",
  description: "A data action that calls an absolute URL uses https.",
  rationale: "Personal data and credentials sent over plain http can be read and changed in transit (GDPR Art. 32(1)(a), PCI DSS Req. 4.2.1).",
  remediation: "Use an https:// endpoint with TLS 1.2 or later.",
  check(resource, context) {
    const flow = context.subject.flows.find((candidate) => candidate.via === resource.address);
    const scheme = flow?.destination.scheme;
    if (!scheme || scheme === "https") return [];
    const carries = elementIdsOf(context, resource.address).length > 0 ? " with personal data" : "";
    return [{ attribute: "config_request.request_url_template", message: `the action calls ${flow.destination.host} over ${scheme}${carries}` }];
  },
};
