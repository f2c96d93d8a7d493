import { region } from "../../catalog/lookup";
import { hasUnresolved } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

const STAYS_IN_GENESYS = new Set(["genesys_org", "configuration"]);

export const ProviderRegionKnown = declareRule({
  id: "GC-PRV-2",
  name: "ProviderRegionKnown",
  target: "provider",
  severity: "High",
  description:
    "The org's region (aws_region, GENESYSCLOUD_REGION, --region or the policy's org_region) is a known Genesys Cloud region wherever personal data leaves Genesys.",
  rationale:
    "The org's region decides where the data is processed and which transfer rules apply (GDPR Chapter V). A region left to an environment variable or a variable cannot be assessed, so the DPIA cannot say where the data lives.",
  remediation:
    "Set aws_region on the genesyscloud provider to a literal region key such as eu-west-1 (or name the region with GENESYSCLOUD_REGION, dpia gate --region, or the policy's org_region).",
  check(provider, context) {
    const value = stringAt(provider?.attributes, "aws_region");
    // The region decides transfers only for personal data that leaves Genesys; for the rest the
    // DPIA notes that the region is unknown, without raising the risk.
    const leaves = context.subject.flows.some(
      (flow) => flow.data_elements.length > 0 && !STAYS_IN_GENESYS.has(flow.destination.kind),
    );
    if ((!provider || value === undefined || hasUnresolved(value)) && !leaves) return [];
    if (!provider || value === undefined) {
      return [
        {
          attribute: "aws_region",
          message:
            "aws_region is not set and no GENESYSCLOUD_REGION, --region or policy org_region names the org's region, so where personal data leaving Genesys is transferred from is unknown",
        },
      ];
    }
    if (hasUnresolved(value))
      return [{ attribute: "aws_region", message: `aws_region ${value} is not resolved before deployment` }];
    if (!region(context.catalog, value))
      return [{ attribute: "aws_region", message: `aws_region "${value}" is not a Genesys Cloud region` }];
    return [];
  },
});
