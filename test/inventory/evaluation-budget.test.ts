import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpiaAsync } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

// Each hang shape of issue 23 took the gate minutes; with the budget it is exit 2 naming the file,
// the line of the expression and the limit. Each has a harmless twin (the same shape, small) that
// still evaluates: the CRM look-up it names is approved exactly as before.

const POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};

/** An approved CRM look-up whose action name is `name` (an HCL expression), after the given locals. */
function configuration(locals: string, name: string): string {
  return `provider "genesyscloud" {
  aws_region = "eu-west-1"
}

locals {
${locals}
}

resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name            = ${name}
  category        = "CRM"
  integration_id  = genesyscloud_integration.crm.id
  secure          = true
  contract_input  = jsonencode({ type = "object", properties = { phoneNumber = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { firstName = { type = "string" } } })
  config_request {
    request_type         = "GET"
    request_url_template = "https://crm.example.eu/customers?phone=$\${input.phoneNumber}"
  }
}
`;
}

async function gate(locals: string, name: string) {
  const dir = tempDir("dpia-budget-");
  fs.writeFileSync(path.join(dir, "main.tf"), configuration(locals, name));
  fs.writeFileSync(path.join(dir, "policy.json"), JSON.stringify(POLICY));
  const result = await runDpiaAsync(["gate", dir, "--policy", path.join(dir, "policy.json")], { timeout: CLI });
  return { ...result, file: path.join(dir, "main.tf") };
}

const list = (size: number) => `[${Array.from({ length: size }, (_, index) => index).join(", ")}]`;

/** Four `for` expressions nested over the same list. */
const nestedFor = (size: number) => `  l = ${list(size)}
  x = length(flatten([for a in local.l : [for b in local.l : [for c in local.l : [for d in local.l : a + b + c + d]]]]))`;

/** Locals that each concatenate the one before with itself, `times` times. */
function doubling(times: number): string {
  const lines = ['  d0 = ["a"]'];
  for (let index = 1; index <= times; index++)
    lines.push(`  d${index} = concat(local.d${index - 1}, local.d${index - 1})`);
  return lines.join("\n");
}

/** A string doubled by join() `times` times, for a regular expression to run over. */
function doubledText(times: number): string {
  const lines = ['  t0 = "a"'];
  for (let index = 1; index <= times; index++)
    lines.push(`  t${index} = join("", [local.t${index - 1}, local.t${index - 1}])`);
  return lines.join("\n");
}

describe("the evaluation budget: every hang shape is exit 2 naming the expression, its harmless twin still evaluates", () => {
  test(
    "four nested for expressions over 100 elements: exit 2, naming main.tf, the line of the local and the limit",
    async () => {
      const result = await gate(nestedFor(100), '"Lookup ${local.x}"');
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${result.file}: line 7`);
      expect(result.stderr).toMatch(/within its budget: "length\(flatten\(\[for a in local\.l/);
      expect(result.stderr).toMatch(/more than [\d,]+ (evaluation steps|milliseconds of evaluation \(CPU time\))/);
    },
    CLI,
  );

  test(
    "the twin: the same four nested for expressions over 3 elements evaluate, and the look-up is approved",
    async () => {
      const result = await gate(nestedFor(3), '"Lookup ${local.x}"');
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("1 approved, 0 blocked");
    },
    CLI,
  );

  test(
    "locals that double a list 39 times: exit 2 at the local that passes a million elements",
    async () => {
      const result = await gate(doubling(39), '"Lookup ${length(local.d39)}"');
      expect(result.status).toBe(2);
      // d20 (line 26) is the first list of more than a million elements.
      expect(result.stderr).toContain(`${result.file}: line 26`);
      expect(result.stderr).toContain('"concat(local.d19, local.d19)" needs more than 1,000,000 elements in one value');
    },
    CLI,
  );

  test(
    "the twin: a list doubled 5 times evaluates, and the look-up is approved",
    async () => {
      const result = await gate(doubling(5), '"Lookup ${length(local.d5)}"');
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
    CLI,
  );

  test(
    "a backtracking regular expression run over half a million characters, a hundred times: exit 2 naming the replace",
    async () => {
      const result = await gate(
        `${doubledText(19)}\n  l = ${list(100)}\n  r = [for i in local.l : replace(local.t19, "/(a+)+$/", "x")]`,
        '"Lookup ${length(local.r)}"',
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${result.file}: line 27`);
      expect(result.stderr).toMatch(
        /"\[for i in local\.l : replace\(local\.t19, "\/\(a\+\)\+\$\/", "x"\)\]" needs more than/,
      );
    },
    CLI,
  );

  test(
    "the twin: the same replace over 32 characters, a hundred times, evaluates and the look-up is approved",
    async () => {
      const result = await gate(
        `${doubledText(5)}\n  l = ${list(100)}\n  r = [for i in local.l : replace(local.t5, "/(a+)+$/", "x")]`,
        '"Lookup ${length(local.r)}"',
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
    CLI,
  );

  test(
    "the catastrophic regex of the issue on its 37 characters ends at once (unresolved, or RE2's value): the look-up is approved",
    async () => {
      const result = await gate(
        '  tag = replace("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "/(a+)+$/", "x")',
        '"Lookup ${local.tag}"',
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
    CLI,
  );
});
