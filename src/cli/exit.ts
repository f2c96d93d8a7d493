import type { CouldNotAssess } from "../report/could-not-assess";
import { escapeControlCharacters } from "../report/safe-text";
import { InputError } from "../validation/input-error";

export const EXIT = { approved: 0, blocked: 1, couldNotAssess: 2 } as const;

/** A usage or input problem: printed as one clear message, exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * What a failure tells the user: input and usage problems as they are, anything else (a TypeError,
 * a stack overflow) as an internal error naming the input, without a stack trace.
 */
function couldNotAssess(error: unknown, input: string | undefined): CouldNotAssess {
  const where = input === undefined ? {} : { input };
  if (error instanceof InputError) return { message: error.message, cause: "input", ...where };
  if (error instanceof UsageError) return { message: error.message, cause: "usage", ...where };
  return {
    message: `internal error${input ? ` while assessing ${input}` : ""}: ${describeError(error)}. Nothing was approved; please report this with the input that caused it.`,
    cause: "internal",
    ...where,
  };
}

/** A message for stderr: values quoted from the configuration never reach the terminal raw. */
export function errorLine(message: string): string {
  return `dpia: ${escapeControlCharacters(message, { multiline: true })}\n`;
}

/**
 * Runs a command and returns its exit code. A failure is one clear message on stderr and exit 2
 * (never an approval); `report`, when given, also writes it where the command's report goes.
 */
export async function exitCodeOf(
  run: () => Promise<number> | number,
  input: string | undefined,
  writeErr: (text: string) => void,
  report?: (failure: CouldNotAssess) => void,
): Promise<number> {
  try {
    return await run();
  } catch (error) {
    const failure = couldNotAssess(error, input);
    writeErr(errorLine(failure.message));
    try {
      report?.(failure);
    } catch (reportError) {
      writeErr(errorLine(`the report of this failure could not be written: ${describeError(reportError)}`));
    }
    return EXIT.couldNotAssess;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}

/**
 * Runs a command action and turns every failure into a message and exit code 2; the input named is
 * the action's first text argument. `report` writes the failure where the command's report goes.
 */
export function guarded<A extends unknown[]>(
  action: (...args: A) => Promise<number> | number,
  report?: (failure: CouldNotAssess, ...args: A) => void,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const input = args.find((arg): arg is string => typeof arg === "string");
    process.exitCode = await exitCodeOf(
      () => action(...args),
      input,
      (text) => process.stderr.write(text),
      report && ((failure) => report(failure, ...args)),
    );
  };
}
