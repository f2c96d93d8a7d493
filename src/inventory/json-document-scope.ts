import { EvaluationBudget } from "./hcl/budget";
import type { Scope } from "./hcl/expression";
import { moduleScope } from "./hcl/module-scope";
import type { Body } from "./terraform-json-blocks";
import { declaredVariables, environmentValues, moduleVariableValues } from "./variable-values";

/** Whether a Terraform JSON document declares variables or locals of its own, which its expressions may read. */
export function hasOwnValues(document: { variable: Record<string, Body[]>; locals: Body[] }): boolean {
  return Object.keys(document.variable).length > 0 || document.locals.length > 0;
}

/**
 * What the expressions of a Terraform JSON configuration (a synthesized CDKTF stack) see, as Terraform evaluates
 * them: its own variables (the TF_VAR_ value, else the default; none, unknown) and locals, as CDKTF writes a
 * TerraformVariable or a TerraformLocal. `path.` is the stack's folder; file() is not read (CDKTF writes what it
 * reads). Without variables or locals nothing is known, as before: every reference stays a reference.
 */
export function jsonDocumentScope(
  document: { variable: Record<string, Body[]>; locals: Body[] },
  origin: string,
  onWarning?: (message: string) => void,
  env: Record<string, string | undefined> = process.env,
): Scope {
  const budget = new EvaluationBudget();
  if (!hasOwnValues(document)) return { variable: () => undefined, local: () => undefined, budget };
  // Defaults in JSON syntax are values, never templates: the declaration is read as a .json file's.
  const file = origin.endsWith(".json") ? origin : "cdk.tf.json";
  const declarations = declaredVariables([{ file, document: { variable: document.variable } }]);
  const given = environmentValues(declarations, env);
  // Named, as for a folder: the DPIA then depends on the environment the gate ran in.
  if (Object.keys(given).length > 0)
    onWarning?.(`variables from the environment (TF_VAR_): ${Object.keys(given).sort().join(", ")}`);
  const variables = moduleVariableValues(declarations, given);
  const locals: Record<string, unknown> = {};
  for (const block of document.locals) Object.assign(locals, block);
  const scope = moduleScope({ dir: ".", rootDir: "." }, variables, locals, budget);
  return { ...scope, readFile: () => undefined };
}
