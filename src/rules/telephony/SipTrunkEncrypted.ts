import { trunkProperties } from "../../inventory/attributes/trunk-properties";
import { stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const SipTrunkEncrypted = declareRule({
  id: "GC-TEL-1",
  name: "SipTrunkEncrypted",
  target: "resource",
  resourceTypes: ["genesyscloud_telephony_providers_edges_trunkbasesettings"],
  severity: "High",
  description:
    "An external SIP trunk encrypts signalling (TLS transport) and media (SRTP), as stated in its properties.",
  rationale:
    "Without TLS the caller's and callee's numbers and names travel in clear between Genesys and the carrier; without SRTP so does the call audio, including card numbers read out aloud (GDPR Art. 32(1)(a); PCI DSS Req. 4.2).",
  remediation: "Set the trunk's SIP transport to TLS and enable SRTP in properties, with a carrier that supports both.",
  check(resource) {
    const type = stringAt(resource.attributes, "trunk_type");
    if (type === "PHONE" || type === "EDGE") return [];
    const properties = trunkProperties(resource.attributes.properties);
    if (!properties.readable)
      return [
        {
          attribute: "properties",
          message: "the trunk's properties cannot be read, so whether calls are encrypted is unknown",
        },
      ];
    const found: Array<{ attribute: string; message: string }> = [];
    const clear = properties.transports.filter((entry) => entry.value !== "TLS");
    if (properties.transports.length === 0)
      found.push({
        attribute: "properties",
        message:
          "no SIP transport is set; the trunk's default is not TLS, so signalling with caller numbers may travel in clear",
      });
    for (const entry of clear)
      found.push({ attribute: `properties.${entry.property}`, message: `SIP signalling uses ${entry.value}, not TLS` });
    const srtpOn = properties.srtp.some((entry) => entry.on === true);
    if (!srtpOn)
      found.push({
        attribute: properties.srtp[0] ? `properties.${properties.srtp[0].property}` : "properties",
        message:
          properties.srtp.length === 0
            ? "SRTP is not enabled in properties, so call audio may travel unencrypted"
            : "SRTP is off or not resolved, so call audio travels unencrypted",
      });
    return found;
  },
});
