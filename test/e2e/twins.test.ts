import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

/**
 * Each class of wrong verdict, as a pair: `dangerous/` must block and `harmless/` (its twin, one
 * difference apart) must pass. Each folder holds the Terraform, `expected.json`
 * ({ exit, blocking: addresses whose DPIA blocks, why }) and, when the case needs one, `dpia.policy.json`.
 */
const root = path.resolve(__dirname, "../..");
const twins = path.join(root, "test", "fixtures", "twins");

interface Expected {
  exit: 0 | 1;
  blocking: string[];
  why: string;
}

function gate(folder: string) {
  const policy = path.join(folder, "dpia.policy.json");
  const register = path.join(tempDir("twins-register-"), "register.db");
  const args = ["gate", folder, "--format", "json", "--register", register];
  if (fs.existsSync(policy)) args.push("--policy", policy);
  return runDpia(args, { cwd: tempDir("twins-cwd-") });
}

const classes = fs.existsSync(twins)
  ? fs
      .readdirSync(twins)
      .filter((name) => !name.startsWith("."))
      .sort()
  : [];

test("the twins folder holds the classes of issue 24", () => expect(classes.length).toBeGreaterThanOrEqual(10));

describe.each(classes)("twins: %s", (name) => {
  test.each(["dangerous", "harmless"])(
    "%s",
    (side) => {
      const folder = path.join(twins, name, side);
      const expected = JSON.parse(fs.readFileSync(path.join(folder, "expected.json"), "utf8")) as Expected;
      expect(expected.exit).toBe(side === "dangerous" ? 1 : 0);
      const run = gate(folder);
      expect(run.status, `${expected.why}\n${run.stderr}`).toBe(expected.exit);
      const report = JSON.parse(run.stdout) as { dpias: Dpia[] };
      const blocked = report.dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
      const blockedAddresses = blocked.flatMap((dpia) => dpia.resources.map((resource) => resource.address));
      for (const address of expected.blocking) expect(blockedAddresses, expected.why).toContain(address);
      if (expected.exit === 0) expect(blocked).toEqual([]);
    },
    120_000,
  );
});
