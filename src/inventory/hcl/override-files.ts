import * as path from "node:path";
import { InputError } from "../../validation/input-error";

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

/** Terraform merges an override block into the original: each argument, and each nested block type, replaces the original's. */
function mergeInto(target: Body[], override: Body): void {
  target[0] = { ...target[0], ...override };
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
          for (const body of bodies) mergeInto(target, body);
        }
      }
    }
    for (const kind of ["provider", "module", "output"]) {
      for (const [name, bodies] of Object.entries((override.document[kind] ?? {}) as Record<string, Body[]>)) {
        for (const body of bodies) {
          const candidates = find(kind, name);
          const index = candidates?.findIndex((candidate) => candidate.alias === body.alias) ?? -1;
          if (!candidates || index < 0)
            throw new InputError([
              {
                file: override.file,
                location: `${kind} "${name}"`,
                expected: "an override of a block declared in another file of the folder",
              },
            ]);
          candidates[index] = { ...candidates[index], ...body };
        }
      }
    }
  }
  // Locals and variables are read from every file in order; the override files' values come last.
  return [
    ...primary,
    ...overrides.map((file) => ({
      ...file,
      document: { locals: file.document.locals, variable: file.document.variable },
    })),
  ];
}
