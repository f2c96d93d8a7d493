import { InputError } from "../../validation/input-error";
import type { BudgetExceeded } from "./budget";

/** A file as read, to find where an expression is written. */
interface SourceFile {
  file: string;
  text: string;
}

/** The file and line where `expression` is written: its text as it stands in a .tf file, or JSON-escaped in a .tf.json one. */
function whereWritten(expression: string, files: readonly SourceFile[]): { file: string; line?: number } | undefined {
  const spellings = [expression, JSON.stringify(expression).slice(1, -1)];
  for (const { file, text } of files) {
    for (const spelling of spellings) {
      const at = spelling ? text.indexOf(spelling) : -1;
      if (at >= 0) return { file, line: text.slice(0, at).split("\n").length };
    }
  }
  return undefined;
}

/** A budget exceeded while evaluating a module's files, as the InputError the gate exits 2 with. */
export function budgetInputError(error: BudgetExceeded, files: readonly SourceFile[], fallback: string): InputError {
  const expression = error.expression ?? "";
  const where = whereWritten(expression, files) ?? { file: files[0]?.file ?? fallback };
  const shown = expression.replace(/\s+/g, " ").trim();
  return new InputError([
    {
      file: where.file,
      location: where.line === undefined ? "" : `line ${where.line}`,
      expected: `an expression the gate can evaluate within its budget: ${shown ? `"${shown.length > 120 ? `${shown.slice(0, 117)}...` : shown}" needs ` : ""}${error.message}`,
    },
  ]);
}
