import { Command } from "commander";
import { escapeControlCharacters } from "../report/safe-text";
import { GENERATOR_VERSION } from "../version";
import { describeError, errorLine } from "./exit";

type Registration = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs (or for the overall help): `dpia
 * --version` or `dpia explain` never load the parser, cdktf, the catalog or the register.
 */
const COMMANDS: Record<string, () => Registration> = {
  gate: () => require("./commands/gate").registerGate,
  drift: () => require("./commands/drift").registerDrift,
  explain: () => require("./commands/explain").registerExplain,
  keygen: () => require("./commands/keygen").registerKeygen,
  exception: () => require("./commands/exception").registerException,
  trust: () => require("./commands/trust").registerTrust,
  register: () => require("./commands/register").registerRegister,
  "verify-proof": () => require("./commands/verify-proof").registerVerifyProof,
  watch: () => require("./commands/watch").registerWatch,
};

/** The `dpia` command. Exit codes: 0 approved, 1 blocked by policy, 2 could not assess. */
export async function main(argv: string[]): Promise<void> {
  // An error escaping every command (from a timer or a worker) is still a bug, never a stack trace or exit 1.
  const escaped = (error: unknown) => {
    process.stderr.write(errorLine(`internal error: ${describeError(error)}. Nothing was approved.`));
    process.exit(2);
  };
  process.on("uncaughtException", escaped);
  process.on("unhandledRejection", escaped);
  const program = new Command()
    .name("dpia")
    .description(
      "DPIA gate for Genesys Cloud CX infrastructure code (exit codes: 0 approved, 1 blocked, 2 could not assess)",
    )
    .version(GENERATOR_VERSION)
    .exitOverride()
    // Commander quotes what was typed (an unknown option, a bad argument): shown, never obeyed.
    .configureOutput({ writeErr: (text) => process.stderr.write(escapeControlCharacters(text, { multiline: true })) });
  const named = argv[2] !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, argv[2]) ? argv[2] : undefined;
  for (const name of named ? [named] : Object.keys(COMMANDS)) {
    // `--version` and `-V` alone need no command at all.
    if (!named && (argv[2] === "--version" || argv[2] === "-V")) break;
    COMMANDS[name]!()(program);
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help")
      process.exitCode = 0;
    else process.exitCode = 2;
  }
}
