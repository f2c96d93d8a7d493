import { visit } from "jsonc-parser";
import { InputError } from "./input-error";
import { jsonPath } from "./schema-validator";

/**
 * Refuses a JSON text that writes one key twice in an object. JSON.parse keeps the last one;
 * Terraform's HCL JSON reader keeps every one (each repeated block-type key is one more set of
 * blocks, a repeated argument is an error), so a configuration read with JSON.parse could hide a
 * resource Terraform deploys. The gate cannot model that merge, so it fails closed. The text must
 * already be valid JSON (JSON.parse accepted it); keys compare as JSON.parse compares them, after
 * escapes are read. jsonc-parser scans without building a tree and keeps its own stack.
 */
export function assertUniqueKeys(text: string, source: { file: string; what: string }): void {
  const open: Array<Set<string>> = [];
  let duplicate: { key: string; line: number; column: number; path: Array<string | number> } | undefined;
  visit(text, {
    onObjectBegin: () => {
      if (duplicate) return false;
      open.push(new Set());
      return undefined;
    },
    onObjectEnd: () => {
      open.pop();
    },
    onArrayBegin: () => (duplicate ? false : undefined),
    onObjectProperty: (key, _offset, _length, line, column, pathSupplier) => {
      const keys = open[open.length - 1];
      if (!keys || duplicate) return;
      if (!keys.has(key)) {
        keys.add(key);
        return;
      }
      duplicate = { key, line: line + 1, column: column + 1, path: pathSupplier() };
    },
  });
  if (!duplicate) return;
  const where = jsonPath(duplicate.path);
  throw new InputError([
    {
      file: source.file,
      location: `line ${duplicate.line}, column ${duplicate.column}`,
      expected: `${source.what} with each key once per object: ${JSON.stringify(duplicate.key)} is written twice${where ? ` in ${where}` : " at the top level"}; Terraform reads every occurrence (or refuses the file) where the gate would see only the last, so the file cannot be assessed (write the key once)`,
    },
  ]);
}
