import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test", "fixtures", "blueprint-lessons");

function gate(folder: string) {
  return runDpia(["gate", folder, "--register", path.join(tempDir("lessons-register-"), "register.db")]);
}

describe("what real public Genesys configurations taught", () => {
  test("a module's flow file named relative to the module is looked for where Terraform looks (the working folder): exit 2, naming it", () => {
    const folder = path.join(fixtures, "flow-path-in-module");
    const run = gate(folder);
    expect(run.status, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toContain(path.join(folder, "ClassifierFlow.yaml"));
    expect(run.stderr).toContain("module.email_flow.genesyscloud_flow.classifier.filepath");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  test("the same flow named with path.module is read and assessed", () => {
    const folder = tempDir("lessons-path-module-");
    fs.cpSync(path.join(fixtures, "flow-path-in-module"), folder, { recursive: true });
    const module = path.join(folder, "modules", "email_flow", "main.tf");
    fs.writeFileSync(
      module,
      fs.readFileSync(module, "utf8").replace('"./ClassifierFlow.yaml"', '"${path.module}/ClassifierFlow.yaml"'),
    );
    const run = gate(folder);
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).not.toContain("ClassifierFlow.yaml");
  }, 120_000);
});
