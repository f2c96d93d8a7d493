type Block = Record<string, unknown>;

function blocks(value: unknown): Block[] {
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is Block => !!item && typeof item === "object" && !Array.isArray(item),
  );
}

/** `mypurecloud/genesyscloud` as Terraform normalizes a source address (the registry host implied, case folded). */
export const GENESYS_SOURCE = /^(?:registry\.terraform\.io\/)?mypurecloud\/genesyscloud$/i;

/**
 * The `required_providers` entries of a module's `terraform` blocks that are the Genesys Cloud provider: the one named
 * `genesyscloud`, and any other local name required with its source (`gc = { source = "mypurecloud/genesyscloud" }`),
 * in Terraform JSON (objects) or as hcl2json gives native syntax (lists of blocks).
 */
function genesysRequirements(terraform: unknown): Array<{ name: string; entry: unknown }> {
  const found: Array<{ name: string; entry: unknown }> = [];
  for (const block of blocks(terraform))
    for (const providers of blocks(block.required_providers))
      for (const [name, entry] of Object.entries(providers)) {
        const source = blocks(entry)[0]?.source;
        if (name === "genesyscloud" || (typeof source === "string" && GENESYS_SOURCE.test(source.trim())))
          found.push({ name, entry });
      }
  return found;
}

/** The `configuration_aliases` of the Genesys provider's requirements, as written (`${gc.eu}` or `gc.eu`). */
export function genesysConfigurationAliases(terraform: unknown): unknown[] {
  return genesysRequirements(terraform).flatMap(({ entry }) =>
    blocks(entry).flatMap((requirement) =>
      Array.isArray(requirement.configuration_aliases) ? requirement.configuration_aliases : [],
    ),
  );
}

/** The local names a module gives the Genesys Cloud provider; `genesyscloud` always (the name its resource types imply). */
export function genesysLocalNames(terraform: unknown): Set<string> {
  return new Set(["genesyscloud", ...genesysRequirements(terraform).map(({ name }) => name)]);
}

/** The version constraints a configuration puts on the genesyscloud provider, under whatever local name. */
export function genesysVersionConstraints(terraform: unknown): string[] {
  const found: string[] = [];
  for (const { entry } of genesysRequirements(terraform)) {
    if (typeof entry === "string") found.push(entry);
    for (const requirement of blocks(entry))
      if (typeof requirement.version === "string") found.push(requirement.version);
  }
  return found;
}

/** The provider version provider-schema/genesyscloud.json was transcribed from (the catalog's too). */
export const SCHEMA_PROVIDER_VERSION = "1.84.1";

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

/** Whether a constraint requires a provider newer than `version`, or cannot be read (so it may). */
export function constraintBeyond(constraint: string, version: string): "newer" | "unreadable" | undefined {
  const lowest = lowestAdmitted(constraint);
  if (!lowest) return "unreadable";
  const order = compare(lowest.version, parseVersion(version)!);
  return order > 0 || (order === 0 && lowest.exclusive) ? "newer" : undefined;
}

/** The upper end of `~> 1.55` (below 2.0.0) and `~> 1.55.0` (below 1.56.0): the last given part may rise. */
function pessimisticLimit(text: string, version: Version): Version {
  const parts = text.trim().replace(/^v/, "").split("-")[0]!.split(".").length;
  if (parts <= 1) return [Number.MAX_SAFE_INTEGER, 0, 0];
  return parts === 2 ? [version[0] + 1, 0, 0] : [version[0], version[1] + 1, 0];
}

/** Whether a Terraform version constraint admits `version`; true when the constraint cannot be read (it may). */
export function admitsVersion(constraint: string, version: string): boolean {
  const wanted = parseVersion(version)!;
  for (const clause of constraint.split(",")) {
    const match = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(clause);
    const bound = match ? parseVersion(match[2]!) : undefined;
    if (!match || !bound) return true;
    const order = compare(wanted, bound);
    const operator = match[1] ?? "=";
    const admitted =
      operator === "="
        ? order === 0
        : operator === "!="
          ? order !== 0
          : operator === ">="
            ? order >= 0
            : operator === ">"
              ? order > 0
              : operator === "<="
                ? order <= 0
                : operator === "<"
                  ? order < 0
                  : order >= 0 && compare(wanted, pessimisticLimit(match[2]!, bound)) < 0;
    if (!admitted) return false;
  }
  return true;
}
