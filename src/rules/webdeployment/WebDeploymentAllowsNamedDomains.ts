import { hasUnresolved } from "../../inventory/expressions";
import { boolAt, stringListAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const WebDeploymentAllowsNamedDomains = declareRule({
  id: "GC-WEB-3",
  name: "WebDeploymentAllowsNamedDomains",
  target: "resource",
  resourceTypes: ["genesyscloud_webdeployments_deployment"],
  severity: "High",
  description:
    "A Messenger deployment names the websites allowed to embed it: no allow_all_domains, no wildcard and no unresolved domains.",
  rationale:
    "Any site allowed to embed the deployment can start conversations in the org's name and read what visitors type into it, including a look-alike site (GDPR Art. 5(1)(f), Art. 25(2), Art. 32).",
  remediation: "Set allow_all_domains = false and list the organisation's own domains in allowed_domains.",
  check(resource) {
    const allowAll = boolAt(resource.attributes, "allow_all_domains");
    if (allowAll === true)
      return [
        {
          attribute: "allow_all_domains",
          message: "allow_all_domains = true lets any website embed the Messenger and collect visitors' messages",
        },
      ];
    if (allowAll === "unknown")
      return [
        {
          attribute: "allow_all_domains",
          message: "allow_all_domains is not resolved before deployment and may allow any website",
        },
      ];
    return stringListAt(resource.attributes, "allowed_domains")
      .filter((domain) => domain.includes("*") || hasUnresolved(domain))
      .map((domain) => ({
        attribute: "allowed_domains",
        message: hasUnresolved(domain)
          ? `allowed domain ${domain} is not resolved before deployment`
          : `allowed domain "${domain}" is a wildcard that admits sites the organisation does not control`,
      }));
  },
});
