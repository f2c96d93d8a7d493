// A protected CI variable the job cannot see (a GitLab protected variable on an unprotected ref, a
// missing secret) expands to nothing. Set but blank, a variable that pins or points at authority is an
// error (exit 2), never "unset": blank DPIA_TRUST_ROOT / DPIA_REGISTER_KEY switched the pins off, and
// whoever made the register's first root then approved a blocked DPIA (exit 0).
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";
import { tempFolder } from "../register/helpers";

const plan = path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json");

describe("an authority variable set but blank is exit 2 naming it, never 'not set'", () => {
  const dir = tempFolder("dpia-blank-authority-");
  const env = { DPIA_REGISTER: path.join(dir, "register", "register.db") };
  const dpia = (extra: Record<string, string>, ...args: string[]) =>
    runDpia(args, { cwd: dir, env: { ...env, ...extra }, timeout: 240_000 });

  beforeAll(() => {
    // The developer's own register: their own keys make its first trust root, and approve an
    // exception for the blocked Exporter. Unpinned, that approves it (exit 0).
    fs.copyFileSync(plan, path.join(dir, "plan.json"));
    const approvers = [
      ["dev.eve", "DPO"],
      ["dev.mal", "SECURITY_LEAD"],
    ].map(([id, role]) => {
      const made = dpia({}, "keygen", "--id", id!, "--role", role!, "--name", id!, "--out", "keys");
      expect(made.status, made.output).toBe(0);
      return JSON.parse(made.stdout.slice(made.stdout.indexOf("{")));
    });
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({ version: 1, controller: { name: "X" }, approvers }),
    );
    expect(dpia({}, "trust", "init").status).toBe(0);
    for (const id of ["dev.eve", "dev.mal"])
      expect(dpia({}, "trust", "sign", "dpia.trust-root.json", "--key", `keys/${id}.key`).status).toBe(0);
    expect(dpia({}, "trust", "rotate", "dpia.trust-root.json").status).toBe(0);
    expect(dpia({}, "gate", "plan.json", "--out", "out").status).toBe(1);
    const requested = dpia(
      {},
      "exception",
      "request",
      path.join("out", "OAC-exporter-2c08fc.json"),
      "--reason",
      "Exporter must go live for the campaign now",
      "--ticket",
      "CHG-9",
      "--hours",
      "24",
    );
    expect(requested.status, requested.output).toBe(0);
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;
    for (const key of ["dev.eve", "dev.mal"])
      expect(dpia({}, "exception", "approve", id, "--key", `keys/${key}.key`).status).toBe(0);
    const unpinned = dpia({}, "gate", "plan.json", "--compact");
    expect(unpinned.status, unpinned.output).toBe(0);
  }, 600_000);

  test.each([
    ["DPIA_TRUST_ROOT", ""],
    ["DPIA_TRUST_ROOT", " \t"],
    ["DPIA_REGISTER_KEY", ""],
    ["DPIA_REGISTER_KEY", "  "],
    ["DPIA_REGISTER_SIGNING_KEY", ""],
    ["DPIA_REGISTER_CHECKPOINT", " "],
    ["DPIA_REGISTER", ""],
  ])("%s=%j: the gate stops with exit 2, naming the variable", (name, value) => {
    const result = dpia({ [name]: value }, "gate", "plan.json", "--compact");
    expect(result.status, result.output).toBe(2);
    expect(result.stdout).not.toContain("APPROVED Critical");
    expect(result.stderr).toContain(`dpia: ${name}: `);
    expect(result.stderr).toContain("but it is set and blank (unset it, or give it a value)");
  });

  // A reference the pipeline did not expand (Azure Pipelines keeps an undefined $(NAME) as it is) is no value
  // either: as DPIA_REGISTER it named a new register beside the repository, where the run's records went unseen.
  test.each([
    ["DPIA_REGISTER", "$(DPIA_REGISTER)"],
    ["DPIA_REGISTER_SIGNING_KEY", "$(DPIA_REGISTER_SIGNING_KEY)"],
    ["DPIA_TRUST_ROOT", "${{ secrets.DPIA_TRUST_ROOT }}"],
    ["DPIA_REGISTER_KEY", "${DPIA_REGISTER_KEY}"],
    ["DPIA_REGISTER_CHECKPOINT", "%DPIA_REGISTER_CHECKPOINT%"],
    ["DPIA_REGISTER", "$(Pipeline.Workspace)/r.db"],
    ["DPIA_REGISTER", "sqlite:$(Agent.TempDirectory)/r.db"],
    ["DPIA_REGISTER", "#{DpiaRegister}#"],
    ["DPIA_REGISTER", "{{ dpia_register }}"],
  ])("%s=%j: the gate stops with exit 2, naming the variable and the reference", (name, value) => {
    const result = dpia({ [name]: value }, "gate", "plan.json", "--compact");
    expect(result.status, result.output).toBe(2);
    expect(result.stdout).not.toContain("APPROVED");
    expect(result.stderr).toContain(`dpia: ${name}: `);
    expect(result.stderr).toContain("a pipeline variable reference nothing expanded");
    expect(fs.existsSync(path.join(dir, value))).toBe(false);
    expect(fs.readdirSync(dir).filter((entry) => /[$#{%]/.test(entry))).toEqual([]);
  });

  test("blank pins are refused by the commands that read authority too", () => {
    for (const args of [
      ["trust", "show"],
      ["register", "verify"],
      ["exception", "due", "--within", "48h"],
    ]) {
      const result = dpia({ DPIA_TRUST_ROOT: "", DPIA_REGISTER_KEY: "" }, ...args);
      expect(result.status, `${args.join(" ")}\n${result.output}`).toBe(2);
      expect(result.stderr).toMatch(/DPIA_(TRUST_ROOT|REGISTER_KEY): .*set and blank/);
    }
  });
});
