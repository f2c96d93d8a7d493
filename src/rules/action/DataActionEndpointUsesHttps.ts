import { declareRule } from "../rule";
import { ACTION_TYPES } from "../../inventory/resource-type";

export const DataActionEndpointUsesHttps = declareRule({
  id: "GC-ACT-2",
  name: "DataActionEndpointUsesHttps",
  target: "resource",
  resourceTypes: ACTION_TYPES,
  severity: "High",
  description:
    "A data action whose request carries no personal data still calls its URL over TLS (credentials and tokens travel with it).",
  rationale:
    "Personal data and credentials sent over plain http can be read and changed in transit (GDPR Art. 32(1)(a), PCI DSS Req. 4.2.1).",
  remediation: "Use an https:// endpoint with TLS 1.2 or later.",
  check(resource, context) {
    const flow = context.subject.flows.find((candidate) => candidate.via === resource.address);
    const url = flow?.destination.url;
    // With personal data on the flow, GC-FLW-3 reports it as Critical.
    if (!flow || !url || url.encrypted || flow.data_elements.length > 0) return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `the action calls ${url.host} over ${url.scheme}, sending its credentials in clear`,
      },
    ];
  },
});
