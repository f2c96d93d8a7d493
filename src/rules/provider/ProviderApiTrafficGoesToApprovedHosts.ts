import { providerAddress } from "../../inventory/provider-address";
import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const ProviderApiTrafficGoesToApprovedHosts = declareRule({
  id: "GC-PRV-4",
  name: "ProviderApiTrafficGoesToApprovedHosts",
  target: "provider",
  severity: "High",
  description:
    "A gateway or proxy the provider sends its API traffic through is on the allow-list and is reached over HTTPS.",
  rationale:
    "Every request and response of the provider passes through a gateway or proxy: OAuth tokens, user records, contact lists and data-table rows. An unreviewed or plain-HTTP intermediary is a recipient of all of it (GDPR Art. 28, Art. 32(1)(a)).",
  remediation:
    "Add the gateway or proxy host to the policy's destinations with its owner and country, and use protocol https; or remove the block.",
  check(provider, context) {
    const violations: Array<{ attribute: string; message: string }> = [];
    for (const key of ["gateway", "proxy"]) {
      allBlocks(provider?.attributes, key).forEach((block, index) => {
        const attribute = `${key}[${index}].host`;
        const host = context.subject.referencedHosts.find(
          (entry) => entry.resource === providerAddress(provider) && entry.attribute === attribute,
        );
        const protocol = stringAt(block, "protocol")?.toLowerCase();
        const named = stringAt(block, "host");
        if (!named || hasUnresolved(named) || !host || host.unresolved)
          violations.push({
            attribute,
            message: `the ${key}'s host is not resolved before deployment, so every API call may pass through any host`,
          });
        else if (!host.approved)
          violations.push({
            attribute,
            message: `every API call of the provider passes through ${key} ${host.unicodeHost ?? host.host}, which is not on the allow-list`,
          });
        if (protocol === "http")
          violations.push({
            attribute: `${key}[${index}].protocol`,
            message: `the ${key} is reached over plain http, so API traffic with personal data and tokens is unencrypted`,
          });
      });
    }
    return violations;
  },
});
