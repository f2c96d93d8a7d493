import { InputError } from "../../validation/input-error";
import { whereWritten } from "./budget-problem";
import { firstRejected, prepareTemplates, stringsOf, type TemplateSyntaxError } from "./template-syntax";

/** A template Terraform's parser rejects, as the InputError naming the file (of those given) and line where it is written. */
export function templateInputError(
  error: TemplateSyntaxError,
  files: ReadonlyArray<{ file: string; text: string }>,
): InputError {
  // hcl2json writes `x = expr` as "${expr}": in a .tf file the expression stands without its wrapper.
  const inner = /^\$\{([\s\S]*)\}$/.exec(error.template)?.[1]?.trim();
  const where = whereWritten(error.template, files) ?? (inner ? whereWritten(inner, files) : undefined);
  if (where) return rejected(error, where.file, `line ${where.line}`);
  return rejected(error, files[0]?.file ?? "configuration", "");
}

function rejected(error: TemplateSyntaxError, file: string, location: string): InputError {
  return new InputError([{ file, location, expected: `a template Terraform can parse: ${error.message}` }]);
}

/**
 * Parses every template of a parsed document (hcl2json's JSON of a .tf file, or a .tf.json file)
 * with Terraform's parser before anything is evaluated; one Terraform rejects rejects the file.
 */
export function prepareDocumentTemplates(document: unknown, file: string, text: string): void {
  const strings = stringsOf(document);
  prepareTemplates(strings);
  const rejectedTemplate = firstRejected(strings);
  if (rejectedTemplate) throw templateInputError(rejectedTemplate, [{ file, text }]);
}
