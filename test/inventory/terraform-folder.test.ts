import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { toJson } from "../../src/inventory/hcl/expression";
import { isWhollyKnown } from "../../src/inventory/hcl/values";
import { loadTerraformFolder } from "../../src/inventory/terraform-folder";
import type { VariableArgument } from "../../src/inventory/variable-values";
import { InputError } from "../../src/validation/input-error";

/** Written by scripts/conformance/folder-vectors.ts from `terraform console` in each folder. */
const FIXTURES = path.resolve(__dirname, "..", "fixtures", "terraform-folders");

type Expected = { value: unknown } | { error: string } | { unknown: true };
interface Run {
  name: string;
  arguments: string[];
  env?: Record<string, string>;
  expressions: Record<string, Expected>;
}

/** Terraform's command-line options as the gate's: -var-file=<file> relative to the folder, -var <assignment>. */
function variableArguments(dir: string, args: string[]): VariableArgument[] {
  const result: VariableArgument[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith("-var-file=")) result.push({ option: "-var-file", file: path.join(dir, arg.slice(10)) });
    else if (arg === "-var") result.push({ option: "-var", assignment: args[++i]! });
    else throw new Error(`unexpected argument ${arg}`);
  }
  return result;
}

/** Errors Terraform reports for the whole run (the configuration is not evaluated at all), not for one reference. */
const RUN_ERRORS = [
  "Value for undeclared variable",
  "Invalid -var option",
  "Function calls not allowed",
  "Duplicate variable declaration",
  "Missing base variable declaration to override",
];

const cases = fs
  .readdirSync(FIXTURES)
  .sort()
  .flatMap((name) => {
    const { runs } = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, "vectors.json"), "utf8")) as { runs: Run[] };
    return runs.map((run) => [`${name}: ${run.name}`, path.join(FIXTURES, name), run] as const);
  });

const answered = { definite: 0, unresolved: 0 };

describe("the folder Terraform loads: every fixture gives what terraform console gave, or stays unresolved", () => {
  test.each(cases)("%s", async (_name, dir, run) => {
    const load = loadTerraformFolder(dir, {
      root: { arguments: variableArguments(dir, run.arguments), env: run.env ?? {}, onWarning: () => undefined },
    });
    const expectations = Object.entries(run.expressions);
    const runError = expectations.find(([, expected]) => "error" in expected && RUN_ERRORS.includes(expected.error));
    if (runError) {
      await expect(load).rejects.toBeInstanceOf(InputError);
      return;
    }
    const { variables } = await load;
    for (const [expression, expected] of expectations) {
      const name = /^var\.(\w+)$/.exec(expression)![1]!;
      const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if ("error" in expected) {
        expect(expected.error, expression).toBe("Reference to undeclared input variable");
        expect(value, `${expression} is not declared in any file Terraform loads`).toBeUndefined();
      } else if ("unknown" in expected || value === undefined || !isWhollyKnown(value)) {
        expect(
          "unknown" in expected || value !== undefined,
          `${expression}: Terraform knows it, the gate lost it`,
        ).toBe(true);
        answered.unresolved++;
      } else {
        expect(toJson(value), expression).toEqual(expected.value);
        answered.definite++;
      }
    }
  });

  test("the share answered", () => {
    process.stdout.write(`folder vectors: ${answered.definite} answered exactly, ${answered.unresolved} unresolved\n`);
    expect(answered.definite).toBeGreaterThan(0);
  });
});
