import { InputError } from "../validation/input-error";
import { assertTerraformBlocks } from "./top-level-blocks";
import { isTerraformIdentifier } from "./terraform-identifier";

export type Body = Record<string, unknown>;

/** Terraform JSON in the shape @cdktf/hcl2json gives a `.tf` file: every block body a list. */
export type TerraformDocument = {
  resource: Record<string, Record<string, Body[]>>;
  data: Record<string, Record<string, Body[]>>;
  provider: Record<string, Body[]>;
  variable: Record<string, Body[]>;
  module: Record<string, Body[]>;
  /** A module's outputs: what `module.<name>.<output>` is to its caller. */
  output: Record<string, Body[]>;
  locals: Body[];
  /** The `terraform` blocks: required_providers names the local names and versions of the providers. */
  terraform: Body[];
};

const GENESYS_PREFIX = "genesyscloud_";

function isObject(value: unknown): value is Body {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/**
 * Block access for Terraform's JSON syntax, where a labelled section or a block body may be an
 * object or a list of objects. Anything else is an input error naming the place, so a malformed
 * file can never read as a configuration with nothing in it.
 */
function labelled(section: unknown, location: string, file: string): Array<[string, unknown]> {
  if (section === undefined || section === null) return [];
  if (isObject(section)) return Object.entries(section);
  if (Array.isArray(section) && section.every(isObject)) return section.flatMap((part) => Object.entries(part));
  throw new InputError([{ file, location, expected: "an object keyed by block label (or a list of such objects)" }]);
}

/**
 * Every provider block by local name, those of one name from every part of the section kept together (a list of
 * objects may name one twice): which name is the Genesys provider is the module's required_providers' to say.
 */
function providerSection(section: unknown, file: string): Record<string, Body[]> {
  const byName = new Map<string, Body[]>();
  for (const [name, value] of labelled(section, "provider", file))
    byName.set(name, [...(byName.get(name) ?? []), ...bodies(value, `provider.${name}`, file)]);
  return Object.fromEntries(byName);
}

export function bodies(value: unknown, location: string, file: string): Body[] {
  if (isObject(value)) return [value];
  if (Array.isArray(value) && value.every(isObject)) return value;
  throw new InputError([{ file, location, expected: "a block body: an object, or a list of objects" }]);
}

/**
 * A resource or data source label Terraform refuses (`"gen\u0000esyscloud_integration_action"`). Read
 * as some other provider's type it would drop out of the assessment, yet the file is not valid
 * Terraform. Takes both syntaxes: hcl2json's output has the JSON syntax's shape.
 */
export function assertResourceLabels(document: Body, file: string): void {
  const problems: Array<{ file: string; location: string; expected: string }> = [];
  for (const kind of ["resource", "data"]) {
    for (const [type, byName] of labelled(document[kind], kind, file)) {
      if (!isTerraformIdentifier(type))
        problems.push({
          file,
          location: `${kind} ${JSON.stringify(type)}`,
          expected: `a ${kind === "data" ? "data source" : "resource"} type Terraform accepts (letters, digits, "_" and "-", not starting with a digit or "-")`,
        });
      // Names only: the bodies of other providers' blocks are left to Terraform, whatever their shape.
      const names = Array.isArray(byName)
        ? byName.filter(isObject).flatMap((part) => Object.keys(part))
        : isObject(byName)
          ? Object.keys(byName)
          : [];
      for (const name of names) {
        if (!isTerraformIdentifier(name))
          problems.push({
            file,
            location: `${kind} ${JSON.stringify(type)} ${JSON.stringify(name)}`,
            expected: `a name Terraform accepts (letters, digits, "_" and "-", not starting with a digit or "-")`,
          });
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}

/**
 * The sections of a Terraform JSON configuration the readers use, checked and normalised.
 * Resources, data sources and providers of other providers are left to Terraform.
 */
export function terraformJsonDocument(config: unknown, file: string): TerraformDocument {
  if (!isObject(config))
    throw new InputError([
      {
        file,
        location: "",
        expected: "a Terraform JSON configuration: an object with resource, data and provider sections",
      },
    ]);
  assertTerraformBlocks(config, file, "json");
  assertResourceLabels(config, file);
  const byLabel = (section: string, keep: (label: string) => boolean = () => true) =>
    Object.fromEntries(
      labelled(config[section], section, file)
        .filter(([label]) => keep(label))
        .map(([label, value]) => [label, bodies(value, `${section}.${label}`, file)]),
    );
  const byTypeAndName = (section: string) =>
    Object.fromEntries(
      labelled(config[section], section, file)
        .filter(([type]) => type.startsWith(GENESYS_PREFIX))
        .map(([type, byName]) => [
          type,
          Object.fromEntries(
            labelled(byName, `${section}.${type}`, file).map(([name, value]) => [
              name,
              bodies(value, `${section}.${type}.${name}`, file),
            ]),
          ),
        ]),
    );
  return {
    resource: byTypeAndName("resource"),
    data: byTypeAndName("data"),
    provider: providerSection(config.provider, file),
    variable: byLabel("variable"),
    module: byLabel("module"),
    output: byLabel("output"),
    locals: config.locals === undefined ? [] : bodies(config.locals, "locals", file),
    terraform: config.terraform === undefined ? [] : bodies(config.terraform, "terraform", file),
  };
}
