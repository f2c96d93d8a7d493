import { InputError } from "../validation/input-error";

/** The variables Terraform adds to `terraform plan` and `apply` arguments (TF_CLI_ARGS for every command). */
const EXTRA_ARGUMENT_VARIABLES = ["TF_CLI_ARGS", "TF_CLI_ARGS_plan", "TF_CLI_ARGS_apply"];
const VARIABLE_OPTION = /(?:^|\s)--?var(?:-file)?(?:[=\s]|$)/;

/** The words as Terraform splits them, near enough to find an option: a shell's quotes and backslashes removed. */
const unquoted = (text: string): string => text.replace(/\\(\s)/g, "$1").replace(/["'\\]/g, "");

/**
 * Terraform reads -var and -var-file from these variables as if they were typed: a plan in that environment uses
 * values the gate would not see. They are refused rather than ignored, naming what to pass instead.
 */
export function assertNoVariablesInCliArgs(env: Record<string, string | undefined>): void {
  const problems = EXTRA_ARGUMENT_VARIABLES.filter((name) => VARIABLE_OPTION.test(unquoted(env[name] ?? ""))).map(
    (name) => ({
      file: name,
      location: "",
      expected:
        "no -var or -var-file in Terraform's extra arguments, which the gate does not read: pass them to dpia gate as --var and --var-file (TF_VAR_ variables are read)",
    }),
  );
  if (problems.length > 0) throw new InputError(problems);
}
