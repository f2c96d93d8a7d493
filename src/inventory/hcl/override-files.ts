import * as path from "node:path";
import { InputError } from "../../validation/input-error";
import { providerSchema, resourceSchema } from "../provider-schema";

type Body = Record<string, unknown>;
type Document = Record<string, unknown>;

/** Terraform's override files: `override.tf`, `*_override.tf` and their `.tf.json` forms. */
export function isOverrideFile(file: string): boolean {
  return /(^|_)override\.tf(\.json)?$/.test(path.basename(file));
}

function blocksAt(document: Document, kind: string, type: string, name?: string): Body[] | undefined {
  const byType = document[kind] as Record<string, unknown> | undefined;
  const byName = byType?.[type];
  if (name === undefined) return byName as Body[] | undefined;
  return (byName as Record<string, Body[]> | undefined)?.[name];
}

/**
 * Whether `name` in a body holds nested blocks: the schema says so when it knows the body's type; otherwise a
 * list of objects or an object is taken for blocks (Terraform JSON writes a single block as an object).
 */
function isBlockType(name: string, value: unknown, blockTypes: ReadonlySet<string> | undefined): boolean {
  if (blockTypes) return blockTypes.has(name);
  return (
    value !== null &&
    typeof value === "object" &&
    (!Array.isArray(value) || (value.length > 0 && value.every((item) => item && typeof item === "object")))
  );
}

/** Blocks written under a name: zero for an empty list or null (Terraform JSON's way of writing none). */
const hasBlocks = (value: unknown) =>
  value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0);

const isBody = (value: unknown): value is Body => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Terraform's merge of an override block into the original (`prepareContent` in configs/module_merge_body.go):
 * each argument the override sets replaces the original's; each nested block type it writes, statically or as
 * a `dynamic` block of that type, replaces every block of that type in the original, static and dynamic alike;
 * the original's blocks of other types stay; a type written with zero blocks overrides nothing. Nested blocks
 * are replaced whole, never merged.
 */
function mergeBody(base: Body, override: Body, blockTypes: ReadonlySet<string> | undefined): Body {
  const overridden = new Set<string>();
  const overrideDynamic = isBody(override.dynamic) ? override.dynamic : {};
  for (const [type, generators] of Object.entries(overrideDynamic)) if (hasBlocks(generators)) overridden.add(type);
  for (const [name, value] of Object.entries(override))
    if (name !== "dynamic" && isBlockType(name, value, blockTypes) && hasBlocks(value)) overridden.add(name);
  const merged: Body = {};
  for (const [name, value] of Object.entries(base))
    if (name !== "dynamic" && !overridden.has(name)) merged[name] = value;
  for (const [name, value] of Object.entries(override)) {
    if (name === "dynamic") continue;
    // A block type written with zero blocks leaves the original's blocks of that type as they are.
    if (isBlockType(name, value, blockTypes) && !hasBlocks(value)) continue;
    merged[name] = value;
  }
  const baseDynamic = isBody(base.dynamic) ? base.dynamic : {};
  const dynamic: Body = {};
  for (const [type, generators] of Object.entries(baseDynamic)) if (!overridden.has(type)) dynamic[type] = generators;
  for (const [type, generators] of Object.entries(overrideDynamic))
    if (hasBlocks(generators)) dynamic[type] = generators;
  if (Object.keys(dynamic).length > 0) merged.dynamic = dynamic;
  return merged;
}

/** The nested block types of a resource or data source, from the provider's schema; undefined for a type it lacks. */
function blockTypesOf(kind: string, type: string): ReadonlySet<string> | undefined {
  const schema = resourceSchema(type, kind === "data" ? "data" : "managed");
  if (!schema) return undefined;
  // Terraform's own nested blocks of a resource, beside the provider's.
  return new Set([...Object.keys(schema.block_types ?? {}), "lifecycle", "provisioner", "connection"]);
}

/** What each kind of top-level block may nest: a module call and an output nest nothing the gate reads. */
const NO_BLOCKS: ReadonlySet<string> = new Set();
const blockTypesOfTopLevel = (kind: string, name: string): ReadonlySet<string> | undefined =>
  kind === "provider"
    ? name === "genesyscloud"
      ? new Set(Object.keys(providerSchema().block_types ?? {}))
      : undefined
    : NO_BLOCKS;

/** `terraform` blocks and their `required_providers`, as hcl2json (lists of blocks) or Terraform JSON (objects) give them. */
function blockList(value: unknown): Body[] {
  return (Array.isArray(value) ? value : [value]).filter(isBody);
}

/**
 * Terraform's merge of an override file's required_providers (mergeProviderVersionConstraints in configs/module.go):
 * each provider name it sets replaces that name's entry in the primary files, whose own entry is dropped.
 */
function replaceRequiredProviders(primary: Array<{ document: Document }>, overrideTerraform: unknown): void {
  const names = blockList(overrideTerraform).flatMap((block) =>
    blockList(block.required_providers).flatMap((providers) => Object.keys(providers)),
  );
  if (names.length === 0) return;
  for (const file of primary)
    for (const block of blockList(file.document.terraform))
      for (const providers of blockList(block.required_providers)) for (const name of names) delete providers[name];
}

/** An override file's provider, module and output blocks merged into the primary files' blocks they override. */
function mergeTopLevelBlocks(
  primary: Array<{ file: string; document: Document }>,
  override: { file: string; document: Document },
): void {
  for (const kind of ["provider", "module", "output"]) {
    for (const [name, bodies] of Object.entries((override.document[kind] ?? {}) as Record<string, Body[]>)) {
      for (const body of bodies) {
        // The block with the same alias (a provider's default and aliased blocks may be in different files).
        const candidates = primary
          .map((file) => blocksAt(file.document, kind, name))
          .find((blocks) => blocks?.some((candidate) => candidate.alias === body.alias));
        const index = candidates?.findIndex((candidate) => candidate.alias === body.alias) ?? -1;
        const target = candidates?.[index];
        if (!candidates || !target)
          throw new InputError([
            {
              file: override.file,
              location: `${kind} "${name}"`,
              expected: "an override of a block declared in another file of the folder",
            },
          ]);
        candidates[index] = mergeBody(target, body, blockTypesOfTopLevel(kind, name));
      }
    }
  }
}

/**
 * Applies override files to the primary files' documents, in file-name order, the way Terraform
 * does before it evaluates anything; an override file's locals and variable defaults win because
 * those files come last. Without this an override that points an action at another host would be
 * assessed as the original.
 */
export function applyOverrides<T extends { file: string; document: Document }>(files: T[]): T[] {
  const primary = files.filter((file) => !isOverrideFile(file.file));
  const overrides = files.filter((file) => isOverrideFile(file.file));
  const find = (kind: string, type: string, name?: string) => {
    for (const file of primary) {
      const blocks = blocksAt(file.document, kind, type, name);
      if (blocks && blocks.length > 0) return blocks;
    }
    return undefined;
  };
  for (const override of overrides) {
    for (const kind of ["resource", "data"]) {
      for (const [type, byName] of Object.entries(
        (override.document[kind] ?? {}) as Record<string, Record<string, Body[]>>,
      )) {
        for (const [name, bodies] of Object.entries(byName)) {
          const target = find(kind, type, name);
          if (!target)
            throw new InputError([
              {
                file: override.file,
                location: `${kind} "${type}" "${name}"`,
                expected: "an override of a block declared in another file of the folder",
              },
            ]);
          const blockTypes = blockTypesOf(kind, type);
          for (const body of bodies) target[0] = mergeBody(target[0] ?? {}, body, blockTypes);
        }
      }
    }
    mergeTopLevelBlocks(primary, override);
  }
  for (const override of overrides) replaceRequiredProviders(primary, override.document.terraform);
  // Locals and variables are read from every file in order; the override files' values come last. A terraform
  // block's required_providers entries are read from every file: the primary files' lost those an override sets.
  return [
    ...primary,
    ...overrides.map((file) => ({
      ...file,
      document: { locals: file.document.locals, variable: file.document.variable, terraform: file.document.terraform },
    })),
  ];
}
