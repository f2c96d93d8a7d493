import { declareRule } from "../rule";

type Version = [number, number, number];

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The lowest version a Terraform version constraint admits, and whether that bound is exclusive; undefined when it cannot be read. */
export function lowestAdmitted(constraint: string): { version: Version; exclusive: boolean } | undefined {
  let lowest: { version: Version; exclusive: boolean } = { version: [0, 0, 0], exclusive: false };
  for (const clause of constraint.split(",")) {
    const match = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(clause);
    const version = match ? parseVersion(match[2]!) : undefined;
    if (!match || !version) return undefined;
    const operator = match[1] ?? "=";
    if (operator === "<" || operator === "<=" || operator === "!=") continue;
    const exclusive = operator === ">";
    const order = compare(version, lowest.version);
    if (order > 0 || (order === 0 && exclusive)) lowest = { version, exclusive };
  }
  return lowest;
}

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
    const catalogVersion = parseVersion(context.catalog.resourceTypes.provider_version)!;
    return (context.inventory.genesysVersionConstraints ?? []).flatMap((constraint) => {
      const lowest = lowestAdmitted(constraint);
      if (!lowest)
        return [
          {
            attribute: "required_providers.genesyscloud.version",
            message: `the provider version constraint "${constraint}" cannot be read, so the provider may be newer than the catalog (${context.catalog.resourceTypes.provider_version})`,
          },
        ];
      const order = compare(lowest.version, catalogVersion);
      if (order > 0 || (order === 0 && lowest.exclusive)) {
        return [
          {
            attribute: "required_providers.genesyscloud.version",
            message: `the configuration requires provider ${constraint}, newer than the ${context.catalog.resourceTypes.provider_version} the catalog was made for`,
          },
        ];
      }
      return [];
    });
  },
});
