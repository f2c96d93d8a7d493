import { InputError } from "../../validation/input-error";
import { genesysConfigurationAliases, genesysLocalNames } from "../provider-version";
import { isLocalModuleSource, type ModuleCallSite, type ModuleFolder, type ParsedFile } from "./module-tree";
import { IDENTIFIER_SOURCE, isTerraformIdentifier } from "../terraform-identifier";

type Body = Record<string, unknown>;

/**
 * Which `genesyscloud` provider configuration each provider reference in a module means, as Terraform resolves it
 * (its provider transformer and configs/provider_validation.go; the cases are pinned as test vectors from
 * `terraform graph` in test/vectors/terraform-providers):
 * - a module's own block with arguments configures that module, and the modules it calls unless they are given
 *   another; its caller may not pass one under the same name ("Cannot override provider configuration"), and no call
 *   on the way to it may use count, for_each or depends_on ("Module is incompatible with count, for_each, and
 *   depends_on");
 * - a block with nothing but `alias` (an "empty" block) is a proxy for what the caller passes under that name, and the
 *   module's own configuration when the caller passes nothing;
 * - a name passed in the call's `providers` argument is what it names in the caller;
 * - the default configuration (no alias) is otherwise inherited from the caller, even when the call has a `providers`
 *   argument; an alias never is ("Provider configuration not present").
 *
 * A configuration is named as in a plan's `provider_config_key`: `genesyscloud.eu` in the root module,
 * `module.a.module.b:genesyscloud.eu` in a module. A module may require the provider under another local name
 * (`gc = { source = "mypurecloud/genesyscloud" }`): its `provider "gc"` blocks and `gc.eu` references are read as
 * `genesyscloud`, in that module only.
 */
export interface ProviderScope {
  /** `module.a.module.b`, the module's path without instance keys; "" for the root module. */
  path: string;
  /** The configuration a local provider reference (`genesyscloud`, `genesyscloud.eu`) means here; undefined when none. */
  resolve: (local: string) => string | undefined;
  /** The configurations this module declares itself (configured blocks, and empty blocks its caller does not pass). */
  own: Array<{ local: string; body: Body; file: string }>;
  /** The local names this module gives the Genesys Cloud provider. */
  names: ReadonlySet<string>;
  /** The module call on the way here that used count, for_each or depends_on, if any. */
  restrictedBy?: { file: string; block: string; argument: string };
  /** The source of the remote module package this module's code comes from; undefined in the root and its local modules. */
  remoteSource?: string;
}

const PROVIDER = "genesyscloud";

/** `genesyscloud.eu` for a provider block's body; the alias must be a literal, as Terraform requires. */
function localAddress(body: Body, where: { file: string; name: string }): string {
  if (body.alias === undefined) return PROVIDER;
  if (typeof body.alias === "string" && isTerraformIdentifier(body.alias)) return `${PROVIDER}.${body.alias}`;
  throw new InputError([
    { file: where.file, location: `provider "${where.name}" alias`, expected: "a literal name, as Terraform requires" },
  ]);
}

/** A block with no argument but `alias` (Terraform reads it against an empty schema); a `version` makes it configured. */
function isEmptyBlock(body: Body): boolean {
  return Object.keys(body).every((key) => key === "alias" || key === "//");
}

/** The local names a module's files give the Genesys Cloud provider. */
function moduleProviderNames(files: ParsedFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files)
    for (const name of genesysLocalNames((file.document as Record<string, unknown>).terraform)) names.add(name);
  return names;
}

/** A provider reference in Genesys terms (`gc.eu` → `genesyscloud.eu`); undefined for another provider's. */
export function genesysReference(reference: string, names: ReadonlySet<string>): string | undefined {
  const [name, ...alias] = reference.split(".");
  return name !== undefined && names.has(name) ? [PROVIDER, ...alias].join(".") : undefined;
}

/** The module's Genesys Cloud provider blocks, each with its address in Genesys terms; two for one address are refused. */
function providerBlocks(
  files: ParsedFile[],
  names: ReadonlySet<string>,
): Array<{ local: string; body: Body; file: string }> {
  const blocks: Array<{ local: string; body: Body; file: string }> = [];
  for (const file of files) {
    for (const name of names) {
      const section = file.document.provider as Record<string, unknown> | undefined;
      const declared = section && Object.hasOwn(section, name) ? section[name] : [];
      // `provider "genesyscloud" "x" {}`: hcl2json nests a second label as an object; Terraform refuses it.
      if (!Array.isArray(declared))
        throw new InputError([
          {
            file: file.file,
            location: `provider "${name}"`,
            expected: "a provider block with one label, as Terraform requires",
          },
        ]);
      for (const body of declared as Body[]) {
        const local = localAddress(body, { file: file.file, name });
        if (blocks.some((block) => block.local === local))
          throw new InputError([
            {
              file: file.file,
              location: `provider "${name}"${body.alias === undefined ? "" : ` alias "${String(body.alias)}"`}`,
              expected:
                "one provider configuration per alias in a module (Terraform: Duplicate provider configuration)",
            },
          ]);
        blocks.push({ local, body, file: file.file });
      }
    }
  }
  return blocks;
}

const PROVIDER_ADDRESS = new RegExp(`^${IDENTIFIER_SOURCE}(?:\\.${IDENTIFIER_SOURCE})?$`, "u");

/** `genesyscloud.eu` from `${genesyscloud.eu}` or `genesyscloud.eu`; undefined for anything else. */
export function providerReference(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const reference = value.replace(/^\$\{(.*)\}$/s, "$1").trim();
  return PROVIDER_ADDRESS.test(reference) ? reference : undefined;
}

function keyIn(path: string, local: string): string {
  return path ? `${path}:${local}` : local;
}

/** The root module's scope: its blocks, else Terraform's implicit default configuration. */
export function rootProviderScope(folder: ModuleFolder): ProviderScope {
  const names = moduleProviderNames(folder.files);
  const own = providerBlocks(folder.files, names);
  const declared = new Set(own.map((block) => block.local));
  return {
    path: "",
    own,
    names,
    resolve: (local) => (declared.has(local) || local === PROVIDER ? local : undefined),
  };
}

/** What the call passes: `{ "genesyscloud.x": "genesyscloud.eu" }`, in the child's and the caller's local names. */
function passedProviders(
  site: ModuleCallSite,
  names: { child: ReadonlySet<string>; caller: ReadonlySet<string> },
): Map<string, string> {
  const passed = new Map<string, string>();
  const argument = site.block.providers;
  if (argument === undefined) return passed;
  if (!argument || typeof argument !== "object" || Array.isArray(argument))
    throw new InputError([
      {
        file: site.file,
        location: `module "${site.name}" providers`,
        expected: "a map of provider references, as Terraform requires",
      },
    ]);
  for (const [inChild, inCaller] of Object.entries(argument as Body)) {
    const child = providerReference(inChild);
    const caller = providerReference(inCaller);
    if (!child || !caller)
      throw new InputError([
        {
          file: site.file,
          location: `module "${site.name}" providers.${inChild}`,
          expected: "a provider reference such as genesyscloud.eu on both sides, as Terraform requires",
        },
      ]);
    const inChildTerms = genesysReference(child, names.child);
    const inCallerTerms = genesysReference(caller, names.caller);
    if (!inChildTerms !== !inCallerTerms)
      throw new InputError([
        {
          file: site.file,
          location: `module "${site.name}" providers.${inChild}`,
          expected: "a configuration of the same provider on both sides (Terraform: Provider type mismatch)",
        },
      ]);
    if (inChildTerms && inCallerTerms) passed.set(inChildTerms, inCallerTerms);
  }
  return passed;
}

/** The argument of a module call that keeps provider configurations out of the modules below it (an empty depends_on does not). */
function restriction(site: ModuleCallSite): ProviderScope["restrictedBy"] {
  const argument = ["count", "for_each", "depends_on"].find((name) => {
    const value = site.block[name];
    return value !== undefined && !(name === "depends_on" && Array.isArray(value) && value.length === 0);
  });
  return argument ? { file: site.file, block: `module "${site.name}"`, argument } : undefined;
}

/** A provider block of any provider, in a module's files, that has arguments: Terraform's "configured" block. */
function configuredBlock(files: ParsedFile[]): { name: string; file: string } | undefined {
  for (const file of files) {
    const section = file.document.provider as Record<string, unknown> | undefined;
    for (const [name, declared] of Object.entries(section ?? {}))
      if (Array.isArray(declared) && (declared as Body[]).some((body) => !isEmptyBlock(body)))
        return { name, file: file.file };
  }
  return undefined;
}

/** `configuration_aliases` the module declares for the Genesys provider, in Genesys terms. */
function declaredAliases(files: ParsedFile[], names: ReadonlySet<string>, site: ModuleCallSite): string[] {
  return files.flatMap((file) =>
    genesysConfigurationAliases((file.document as Record<string, unknown>).terraform).map((written) => {
      const reference = providerReference(written);
      const local = reference && genesysReference(reference, names);
      if (!local || !local.includes("."))
        throw new InputError([
          {
            file: file.file,
            location: "terraform required_providers configuration_aliases",
            expected: `references to aliased configurations of the provider, such as genesyscloud.eu (module "${site.name}")`,
          },
        ]);
      return local;
    }),
  );
}

/** The scope of a module called from `caller` at `site`; refuses what terraform init refuses. */
export function childProviderScope(caller: ProviderScope, site: ModuleCallSite): ProviderScope {
  const path = `${caller.path ? `${caller.path}.` : ""}module.${site.name}`;
  const names = moduleProviderNames(site.called.files);
  const blocks = providerBlocks(site.called.files, names);
  const passed = passedProviders(site, { child: names, caller: caller.names });
  const restrictedBy = restriction(site) ?? caller.restrictedBy;
  const configured = new Set(blocks.filter((block) => !isEmptyBlock(block.body)).map((block) => block.local));
  const other = restrictedBy && configuredBlock(site.called.files);
  if (restrictedBy && other)
    throw new InputError([
      {
        file: restrictedBy.file,
        location: `${restrictedBy.block} ${restrictedBy.argument}`,
        expected: `no ${restrictedBy.argument} on a call to ${path}, which configures provider ${other.name} itself in ${other.file} (Terraform: Module is incompatible with count, for_each, and depends_on)`,
      },
    ]);
  for (const local of declaredAliases(site.called.files, names, site))
    if (!configured.has(local) && !passed.has(local))
      throw new InputError([
        {
          file: site.file,
          location: `module "${site.name}" providers`,
          expected: `a configuration for ${local}, which ${path} declares in configuration_aliases (Terraform: Missing required provider configuration)`,
        },
      ]);
  for (const block of blocks) {
    if (!configured.has(block.local)) continue;
    if (passed.has(block.local))
      throw new InputError([
        {
          file: site.file,
          location: `module "${site.name}" providers.${block.local}`,
          expected: `no configuration for ${block.local}: ${path} configures it itself in ${block.file} (Terraform: Cannot override provider configuration)`,
        },
      ]);
  }
  const own = blocks.filter((block) => configured.has(block.local) || !passed.has(block.local));
  const ownLocals = new Set(own.map((block) => block.local));
  const source = typeof site.block.source === "string" ? site.block.source : "";
  const remoteSource = isLocalModuleSource(source) ? caller.remoteSource : source;
  return {
    path,
    own,
    names,
    restrictedBy,
    ...(remoteSource ? { remoteSource } : {}),
    resolve: (local) => {
      if (ownLocals.has(local)) return keyIn(path, local);
      const fromCaller = passed.get(local);
      if (fromCaller !== undefined) return caller.resolve(fromCaller);
      return local === PROVIDER ? caller.resolve(local) : undefined;
    },
  };
}

/** A provider configuration key's parts: `module.a:genesyscloud.eu` is module `module.a`, alias `eu`. */
export function configurationKeyParts(key: string): { module?: string; alias?: string } {
  const colon = key.lastIndexOf(":");
  const module = colon < 0 ? undefined : key.slice(0, colon);
  const alias = key.slice(colon + 1).split(".")[1];
  return { ...(module ? { module } : {}), ...(alias ? { alias } : {}) };
}

/**
 * Every module call's provider scope checked, whether or not the call has instances: terraform init validates the
 * configuration, so a refused block below `count = 0` is refused too.
 */
export function assertProviderScopes(scope: ProviderScope, folder: ModuleFolder): void {
  for (const site of folder.calls) assertProviderScopes(childProviderScope(scope, site), site.called);
}
