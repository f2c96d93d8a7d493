import type { Command } from "commander";
import type { VariableArgument } from "../inventory/variable-values";

interface Positioned {
  position: number;
  argument: VariableArgument;
}

/**
 * --var-file and --var as Terraform's -var-file and -var: one list in command-line order, because
 * Terraform applies them in that order (a later one wins). Commander keeps each option apart, so
 * every value is numbered as it is parsed, left to right.
 */
export function addVariableOptions(command: Command, varFileDescription: string): Command {
  let position = 0;
  const collect =
    (toArgument: (value: string) => VariableArgument) =>
    (value: string, previous: Positioned[] = []): Positioned[] => [
      ...previous,
      { position: position++, argument: toArgument(value) },
    ];
  return command
    .option(
      "--var-file <file...>",
      varFileDescription,
      collect((file) => ({ option: "-var-file", file })),
    )
    .option(
      "--var <name=value>",
      "a value for a variable of a .tf folder, as terraform -var (repeatable; applied with --var-file in command-line order)",
      collect((assignment) => ({ option: "-var", assignment })),
    );
}

/** The --var-file and --var options commander collected, back in command-line order. */
export function variableArguments(options: { varFile?: unknown; var?: unknown }): VariableArgument[] {
  const collected = [...((options.varFile ?? []) as Positioned[]), ...((options.var ?? []) as Positioned[])];
  return collected.sort((a, b) => a.position - b.position).map(({ argument }) => argument);
}
