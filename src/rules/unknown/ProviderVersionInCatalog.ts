import { constraintBeyond } from "../../inventory/provider-version";
import { declareRule } from "../rule";

export const ProviderVersionInCatalog = declareRule({
  id: "GC-UNK-3",
  name: "ProviderVersionInCatalog",
  target: "provider",
  severity: "High",
  description:
    "The genesyscloud provider version the configuration requires is not newer than the version the resource-type catalog was made for.",
  rationale:
    "A newer provider can add attributes that send data elsewhere, or change what a known attribute does; the gate's catalog does not know them, so an approval would rest on an outdated picture (GDPR Art. 35(7), Art. 5(2)).",
  remediation:
    "Pin the provider (required_providers version) to a version the catalog covers, or update the catalog to the newer provider and assess again.",
  check(_provider, context) {
    const catalogVersion = context.catalog.resourceTypes.provider_version;
    return (context.inventory.genesysVersionConstraints ?? []).flatMap((constraint) => {
      const beyond = constraintBeyond(constraint, catalogVersion);
      if (beyond === "unreadable")
        return [
          {
            attribute: "required_providers.genesyscloud.version",
            message: `the provider version constraint "${constraint}" cannot be read, so the provider may be newer than the catalog (${catalogVersion})`,
          },
        ];
      if (beyond === "newer") {
        return [
          {
            attribute: "required_providers.genesyscloud.version",
            message: `the configuration requires provider ${constraint}, newer than the ${catalogVersion} the catalog was made for`,
          },
        ];
      }
      return [];
    });
  },
});
