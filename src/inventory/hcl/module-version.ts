/**
 * Module versions and version constraints as Terraform reads them (hashicorp/go-version): a
 * version is `v?N(.N)*` with an optional pre-release and build; a constraint is a comma-separated
 * list of `op version` with `=`, `!=`, `>`, `>=`, `<`, `<=` and `~>` (pessimistic: every segment
 * given but the last is fixed).
 */
interface Version {
  segments: number[];
  prerelease: string;
}

const VERSION =
  /^v?([0-9]+(?:\.[0-9]+)*?)(?:-([0-9]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(?:-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)))?(?:\+[0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*)?$/;

function parseModuleVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const given = match[1]!.split(".").map(Number);
  const segments = [...given, 0, 0].slice(0, Math.max(3, given.length));
  return { segments, prerelease: match[2] ?? match[3] ?? "" };
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const diff = (a.segments[i] ?? 0) - (b.segments[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (a.prerelease === b.prerelease) return 0;
  if (!a.prerelease) return 1;
  if (!b.prerelease) return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

const CONSTRAINT = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/;

/** Whether one `op version` admits the version (a pre-release only where the constraint names the same release's pre-release). */
function admits(version: Version, part: string): boolean | undefined {
  const match = CONSTRAINT.exec(part);
  const bound = match && parseModuleVersion(match[2]!);
  if (!match || !bound) return undefined;
  if (
    version.prerelease &&
    (!bound.prerelease || compare({ ...version, prerelease: "" }, { ...bound, prerelease: "" }) !== 0)
  )
    return false;
  const order = compare(version, bound);
  switch (match[1] ?? "=") {
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    default: {
      const fixed = match[2]!.replace(/^v/, "").split(/[-+]/)[0]!.split(".").length - 1;
      return order >= 0 && bound.segments.slice(0, fixed).every((segment, i) => version.segments[i] === segment);
    }
  }
}

/** Whether the installed version satisfies the call's constraint; undefined when the constraint does not read. */
export function versionSatisfies(installed: string, constraint: string): boolean | undefined {
  const version = parseModuleVersion(installed);
  if (!version) return false;
  const results = constraint.split(",").map((part) => admits(version, part));
  return results.includes(undefined) ? undefined : results.every(Boolean);
}
