import { isEncryptedScheme } from "../../hosts/url-analysis";
import { declareRule } from "../rule";
import { elementNames } from "../helpers";

export const PersonalDataEncryptedInTransit = declareRule({
  id: "GC-FLW-3",
  name: "PersonalDataEncryptedInTransit",
  target: "flow",
  severity: "Critical",
  description: "Personal data never travels over a scheme without TLS (http://, ws://, ftp://).",
  rationale: "Anyone on the path can read and change it (GDPR Art. 32(1)(a); PCI DSS v4.0 Req. 4.2.1 for card data).",
  remediation: "Use https:// or wss:// with TLS 1.2 or later.",
  check(flow, context) {
    const scheme = flow.destination.url?.scheme ?? flow.destination.scheme;
    if (!scheme || isEncryptedScheme(scheme) || flow.data_elements.length === 0) return [];
    const host = flow.destination.url?.host ?? "an unresolved host";
    return [
      {
        attribute: flow.destination.attribute,
        message: `${elementNames(context, flow.data_elements)} travel to ${host} over ${scheme}://, without TLS`,
      },
    ];
  },
});
