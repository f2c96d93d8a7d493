/**
 * The version constraints a configuration puts on the genesyscloud provider, from every
 * `terraform { required_providers { genesyscloud = { version = "..." } } }`, in Terraform JSON
 * (objects) or as hcl2json gives native syntax (lists of blocks).
 */
export function genesysVersionConstraints(terraform: unknown): string[] {
  const found: string[] = [];
  const blocks = (value: unknown): Record<string, unknown>[] =>
    (Array.isArray(value) ? value : [value]).filter(
      (item): item is Record<string, unknown> => !!item && typeof item === "object" && !Array.isArray(item),
    );
  for (const block of blocks(terraform)) {
    for (const providers of blocks(block.required_providers)) {
      const entry = providers.genesyscloud;
      if (typeof entry === "string") found.push(entry);
      for (const requirement of blocks(entry))
        if (typeof requirement.version === "string") found.push(requirement.version);
    }
  }
  return found;
}
