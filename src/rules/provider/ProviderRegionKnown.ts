import { region } from "../../catalog/lookup";
import { hasUnresolved } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import type { ProviderRule } from "../rule";

export const ProviderRegionKnown: ProviderRule = {
  id: "GC-PRV-2",
  name: "ProviderRegionKnown",
  target: "provider",
  severity: "High",
  description: "The provider's aws_region is set in the configuration to a known Genesys Cloud region.",
  rationale:
    "The org's region decides where the data is processed and which transfer rules apply (GDPR Chapter V). A region left to an environment variable or a variable cannot be assessed, so the DPIA cannot say where the data lives.",
  remediation: "Set aws_region on the genesyscloud provider to a literal region key such as eu-west-1.",
  check(provider, context) {
    const value = stringAt(provider?.attributes, "aws_region");
    if (!provider || value === undefined) {
      return [{ attribute: "aws_region", message: "aws_region is not set; the org's region comes from the environment at deploy time and is unknown" }];
    }
    if (hasUnresolved(value)) return [{ attribute: "aws_region", message: `aws_region ${value} is not resolved before deployment` }];
    if (!region(context.catalog, value)) return [{ attribute: "aws_region", message: `aws_region "${value}" is not a Genesys Cloud region` }];
    return [];
  },
};
