import { hasUnresolved } from "../../inventory/expressions";
import { stringListAt } from "../../inventory/lookup";
import { sourceJurisdiction } from "../../flows/jurisdiction";
import { declareRule } from "../rule";

export const SiteMediaStaysInOrgRegion = declareRule({
  id: "GC-TEL-2",
  name: "SiteMediaStaysInOrgRegion",
  target: "resource",
  resourceTypes: ["genesyscloud_telephony_providers_edges_site"],
  severity: "High",
  description:
    "A telephony site's media regions are in the org's own jurisdiction (the EEA for an EEA org, the org's country otherwise).",
  rationale:
    "Call audio is processed in every media region of the site; a region in another country is a transfer of the conversation content there (GDPR Chapter V, Art. 44).",
  remediation:
    "List only media regions in the org's jurisdiction, or record the transfer mechanism for the others in the DPIA.",
  check(resource, context) {
    const source = sourceJurisdiction(context.subject.provider, context.catalog);
    const eea = new Set(context.catalog.jurisdictions.eea);
    return stringListAt(resource.attributes, "media_regions").flatMap((region) => {
      if (hasUnresolved(region))
        return [{ attribute: "media_regions", message: `media region ${region} is not resolved before deployment` }];
      const country = context.catalog.aws_regions.find((entry) => entry.aws_region === region.toLowerCase())?.country;
      if (!country)
        return [
          {
            attribute: "media_regions",
            message: `media region "${region}" is not a region the catalog knows, so where call audio is processed is unknown`,
          },
        ];
      if (!source.country)
        return [
          {
            attribute: "media_regions",
            message: `call audio is processed in ${region} (${country}) and the org's own region is unknown`,
          },
        ];
      const same = country === source.country || (eea.has(country) && eea.has(source.country));
      return same
        ? []
        : [
            {
              attribute: "media_regions",
              message: `call audio is processed in ${region} (${country}), outside the org's jurisdiction (${source.country})`,
            },
          ];
    });
  },
});
