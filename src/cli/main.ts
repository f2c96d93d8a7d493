import { Command } from "commander";
import { GENERATOR_VERSION } from "../version";
import { registerException } from "./commands/exception";
import { registerDrift } from "./commands/drift";
import { registerExplain } from "./commands/explain";
import { registerGate } from "./commands/gate";
import { registerKeygen } from "./commands/keygen";
import { registerRegister } from "./commands/register";
import { registerTrust } from "./commands/trust";
import { registerVerifyProof } from "./commands/verify-proof";

/** The `dpia` command. Exit codes: 0 approved, 1 blocked by policy, 2 could not assess. */
export async function main(argv: string[]): Promise<void> {
  // An error escaping every command (from a timer or a worker) is still a bug, never a stack trace or exit 1.
  const escaped = (error: unknown) => {
    process.stderr.write(`dpia: internal error: ${error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error)}. Nothing was approved.\n`);
    process.exit(2);
  };
  process.on("uncaughtException", escaped);
  process.on("unhandledRejection", escaped);
  const program = new Command()
    .name("dpia")
    .description("DPIA gate for Genesys Cloud CX infrastructure code (exit codes: 0 approved, 1 blocked, 2 could not assess)")
    .version(GENERATOR_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerGate(program);
  registerDrift(program);
  registerExplain(program);
  registerKeygen(program);
  registerException(program);
  registerTrust(program);
  registerRegister(program);
  registerVerifyProof(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help") process.exitCode = 0;
    else process.exitCode = 2;
  }
}
