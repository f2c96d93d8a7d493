import { Command } from "commander";
import { registerDrift } from "../../../src/cli/commands/drift";
import { registerException } from "../../../src/cli/commands/exception";
import { registerGate } from "../../../src/cli/commands/gate";
import { registerRegister } from "../../../src/cli/commands/register";
import { registerTrust } from "../../../src/cli/commands/trust";

/** The commands a fuzz case runs, registered as `dpia` registers them (src/cli/main.ts). */
const COMMANDS = {
  gate: registerGate,
  drift: registerDrift,
  exception: registerException,
  trust: registerTrust,
  register: registerRegister,
} as const;

export interface CliOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs one at a time: stdout, stderr, process.exitCode and the environment are this process's. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `dpia <args>` in this process, as a user runs it (the same commander actions and error
 * mapping), with `env` set on top of the process's environment for the run. Thousands of cases in
 * process cost seconds; as children they would cost the suite's time budget.
 */
export function dpiaInProcess(args: string[], env: Record<string, string | undefined> = {}): Promise<CliOutcome> {
  const run = queue.then(() => runNow(args, env));
  queue = run.catch(() => undefined);
  return run;
}

async function runNow(args: string[], env: Record<string, string | undefined>): Promise<CliOutcome> {
  const name = args[0] as keyof typeof COMMANDS;
  if (!Object.hasOwn(COMMANDS, name)) throw new Error(`dpiaInProcess: no command ${args[0]}`);
  const program = new Command().name("dpia").exitOverride();
  let stdout = "";
  let stderr = "";
  program.configureOutput({ writeOut: (text) => (stdout += text), writeErr: (text) => (stderr += text) });
  COMMANDS[name](program);
  const saved = { out: process.stdout.write, err: process.stderr.write, exitCode: process.exitCode };
  const savedEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  setEnv(env);
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  let exitCode: number;
  try {
    await program.parseAsync(["node", "dpia", ...args]);
    exitCode = Number(process.exitCode ?? 0);
  } catch (error) {
    const code = (error as { code?: string }).code;
    exitCode = code?.startsWith("commander.") ? 2 : 99;
    if (exitCode === 99) stderr += `escaped: ${String(error)}`;
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exitCode = saved.exitCode;
    setEnv(savedEnv);
  }
  return { exitCode, stdout, stderr };
}

function setEnv(env: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
