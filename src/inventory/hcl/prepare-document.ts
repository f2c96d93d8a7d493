import { InputError } from "../../validation/input-error";
import { firstRejected, prepareTemplates, stringsOf, type TemplateSyntaxError } from "./template-syntax";

/** The line of a file where a string (as written in .tf, or JSON-escaped in .tf.json) first appears. */
function lineOf(text: string, written: string): number | undefined {
  for (const spelling of [written, JSON.stringify(written).slice(1, -1)]) {
    const at = text.indexOf(spelling);
    if (at >= 0) return text.slice(0, at).split("\n").length;
  }
  return undefined;
}

/** A template Terraform's parser rejects, as the InputError naming the file (of those given) and line where it is written. */
export function templateInputError(
  error: TemplateSyntaxError,
  files: ReadonlyArray<{ file: string; text: string }>,
): InputError {
  // hcl2json writes `x = expr` as "${expr}": in a .tf file the expression stands without its wrapper.
  const inner = /^\$\{([\s\S]*)\}$/.exec(error.template)?.[1]?.trim();
  for (const { file, text } of files) {
    const line = lineOf(text, error.template) ?? (inner ? lineOf(text, inner) : undefined);
    if (line !== undefined) return rejected(error, file, `line ${line}`);
  }
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
