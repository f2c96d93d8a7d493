import { InputError } from "../../validation/input-error";
import type { BudgetExceeded } from "./budget";

/** A file as read, to find where an expression is written. */
interface SourceFile {
  file: string;
  text: string;
}

/** The file and line where `text` is written: as it stands in a .tf file, or JSON-escaped in a .tf.json one. */
export function whereWritten(text: string, files: readonly SourceFile[]): { file: string; line: number } | undefined {
  if (!text) return undefined;
  for (const { file, text: source } of files) {
    for (const spelling of [text, JSON.stringify(text).slice(1, -1)]) {
      const at = source.indexOf(spelling);
      if (at >= 0) return { file, line: source.slice(0, at).split("\n").length };
    }
  }
  return undefined;
}

/** A budget exceeded while evaluating a module's files, as the InputError the gate exits 2 with. */
export function budgetInputError(error: BudgetExceeded, files: readonly SourceFile[], fallback: string): InputError {
  const expression = error.expression ?? "";
  const where: { file: string; line?: number } = whereWritten(expression, files) ?? {
    file: files[0]?.file ?? fallback,
  };
  const shown = expression.replace(/\s+/g, " ").trim();
  return new InputError([
    {
      file: where.file,
      location: where.line === undefined ? "" : `line ${where.line}`,
      expected: `an expression the gate can evaluate within its budget: ${shown ? `"${shown.length > 120 ? `${shown.slice(0, 117)}...` : shown}" needs ` : ""}${error.message}`,
    },
  ]);
}
