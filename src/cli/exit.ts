import { InputError } from "../validation/input-error";

export const EXIT = { approved: 0, blocked: 1, couldNotAssess: 2 } as const;

/** A usage or input problem: printed as one clear message, exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Runs a command action and turns every failure into a message and exit code 2. */
export function guarded<A extends unknown[]>(action: (...args: A) => Promise<number> | number): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = await action(...args);
    } catch (error) {
      if (error instanceof InputError || error instanceof UsageError) process.stderr.write(`dpia: ${error.message}\n`);
      else process.stderr.write(`dpia: could not assess: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.couldNotAssess;
    }
  };
}
