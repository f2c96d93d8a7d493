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
 * Runs a command and returns its exit code. Input and usage problems are one clear message. Any
 * other error is a bug in the gate (a TypeError, a stack overflow): it is reported as an internal
 * error naming the input, without a stack trace, and never approves (exit 2).
 */
export async function exitCodeOf(
  run: () => Promise<number> | number,
  input: string | undefined,
  writeErr: (text: string) => void,
): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) writeErr(`dpia: ${error.message}\n`);
    else
      writeErr(
        `dpia: internal error${input ? ` while assessing ${input}` : ""}: ${describeError(error)}. Nothing was approved; please report this with the input that caused it.\n`,
      );
    return EXIT.couldNotAssess;
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}

/** Runs a command action and turns every failure into a message and exit code 2; the input named is the action's first text argument. */
export function guarded<A extends unknown[]>(
  action: (...args: A) => Promise<number> | number,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const input = args.find((arg): arg is string => typeof arg === "string");
    process.exitCode = await exitCodeOf(
      () => action(...args),
      input,
      (text) => process.stderr.write(text),
    );
  };
}
