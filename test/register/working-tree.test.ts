import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { APPROVED_INPUT, assessmentsIn, expectIntact } from "../faults/register-fault-helpers";
import { CLI } from "../helpers/e2e-timeouts";

/** Up to eight CLI processes a test, each up to a minute on a loaded two-core machine. */
const SEVERAL_RUNS = 4 * CLI;
import { run, runDpia, type RunResult } from "../helpers/run-cli";
import { defaultRegisterOf, tempFolder } from "./helpers";

/** A new git repository (the real `git init`), with the working folder `sub` inside it. */
function gitRepository(prefix: string, sub = "."): { repo: string; cwd: string } {
  const repo = tempFolder(prefix);
  const init = run("git", ["init", "-q", repo]);
  expect(init.status, init.output).toBe(0);
  const cwd = path.join(repo, sub);
  fs.mkdirSync(cwd, { recursive: true });
  return { repo, cwd };
}

/** Exit 2, one `dpia:` line naming `file` and the work tree, no internal error, no key written. */
function expectKeyRefused(result: RunResult, file: string, workTree: string): void {
  expect(result.status, result.output).toBe(2);
  expect(result.stdout).not.toMatch(/APPROVED/);
  expect(result.stderr).not.toContain("internal error");
  const line = result.stderr.split("\n").find((text) => text.startsWith("dpia: "));
  expect(line, result.stderr).toContain(file);
  expect(line).toContain(`outside the git work tree ${fs.realpathSync(workTree)}`);
  expect(line).toContain("a private key is never written inside a repository");
  expect(fs.existsSync(file)).toBe(false);
}

describe("no private key in a git work tree", () => {
  test(
    "a register named inside the repository would get its key beside it: exit 2 naming the key, nothing written",
    () => {
      const { repo, cwd } = gitRepository("dpia-tree-key-", "app");
      const result = runDpia(["gate", APPROVED_INPUT, "--register", "reg/register.db"], { cwd });
      expectKeyRefused(result, path.join(cwd, "reg", "register.key"), repo);
      expect(result.stderr).toContain("set DPIA_REGISTER_SIGNING_KEY to a file outside it");
      // With the key kept outside, the same register works and nothing but it is in the folder.
      const keyFolder = tempFolder("dpia-tree-key-outside-");
      const outside = path.join(keyFolder, "register.key");
      const kept = runDpia(["gate", APPROVED_INPUT, "--register", "reg/register.db"], {
        cwd,
        env: { DPIA_REGISTER_SIGNING_KEY: outside },
      });
      expect(kept.status, kept.output).toBe(0);
      expect(fs.existsSync(outside)).toBe(true);
      expect(expectIntact(path.join(cwd, "reg", "register.db"))).toBe(5);
    },
    SEVERAL_RUNS,
  );

  test(
    "DPIA_REGISTER_SIGNING_KEY inside the repository, a linked work tree's .git file, keygen's --out: each exit 2",
    () => {
      const { repo, cwd } = gitRepository("dpia-tree-env-key-");
      const register = path.join(tempFolder("dpia-tree-register-"), "register.db");
      const inside = path.join(cwd, "keys", "register.key");
      const byEnv = runDpia(["gate", APPROVED_INPUT, "--register", register], {
        cwd,
        env: { DPIA_REGISTER_SIGNING_KEY: inside },
      });
      expectKeyRefused(byEnv, inside, repo);

      // A linked work tree or a submodule has a .git file, not a folder: git finds it all the same.
      const linked = tempFolder("dpia-tree-linked-");
      fs.writeFileSync(path.join(linked, ".git"), `gitdir: ${path.join(repo, ".git")}\n`);
      const deep = path.join(linked, "a", "b", "register.key");
      expectKeyRefused(
        runDpia(["gate", APPROVED_INPUT, "--register", register], {
          cwd: linked,
          env: { DPIA_REGISTER_SIGNING_KEY: deep },
        }),
        deep,
        linked,
      );

      // Through a symbolic link from outside: where the bytes land is what counts.
      const link = path.join(tempFolder("dpia-tree-link-"), "into-repo");
      fs.symlinkSync(cwd, link);
      expectKeyRefused(
        runDpia(["gate", APPROVED_INPUT, "--register", register], {
          env: { DPIA_REGISTER_SIGNING_KEY: path.join(link, "register.key") },
        }),
        path.join(link, "register.key"),
        repo,
      );

      const keygen = runDpia(["keygen", "--id", "dpo.anna"], { cwd });
      expectKeyRefused(keygen, path.join(cwd, "dpo.anna.key"), repo);
      expect(keygen.stderr).toContain("pass --out with a folder outside it");
      expect(fs.readdirSync(cwd).sort()).toEqual([".git"]);
      // Nothing was recorded by the refused runs; the next one with its key outside records once.
      const outside = path.join(path.dirname(register), "register.key");
      const next = runDpia(["gate", APPROVED_INPUT, "--register", register], { cwd });
      expect(next.status, next.output).toBe(0);
      expect(fs.existsSync(outside)).toBe(true);
      expect(expectIntact(register)).toBe(5);
    },
    SEVERAL_RUNS,
  );
});

describe("the default register lives outside the repository", () => {
  test(
    "a state folder that cannot be made (under /proc, under a file): exit 2 naming it, never a hang or an internal error",
    () => {
      const dir = tempFolder("dpia-tree-state-");
      for (const [state, says] of [
        ["/proc/nonexistent/state", /\/proc\/nonexistent cannot be created \(ENOENT\)/],
        ["/etc/hostname/state", /\/etc\/hostname is a file, not a folder/],
      ] as const) {
        const result = runDpia(["gate", APPROVED_INPUT], { cwd: dir, env: { XDG_STATE_HOME: state } });
        expect(result.status, result.output).toBe(2);
        expect(result.stderr).not.toContain("internal error");
        expect(result.stdout).not.toMatch(/APPROVED/);
        expect(result.stderr).toContain(`dpia: ${state}/genesys-dpia-gate/registers/`);
        expect(result.stderr).toMatch(says);
      }
    },
    SEVERAL_RUNS,
  );

  test(
    "a gate in a repository's sub-folder and at its root share the repository's register in the state folder",
    () => {
      const { repo, cwd } = gitRepository("dpia-tree-default-", "infra/app");
      const first = runDpia(["gate", APPROVED_INPUT], { cwd });
      expect(first.status, first.output).toBe(0);
      const second = runDpia(["gate", APPROVED_INPUT], { cwd: repo });
      expect(second.status, second.output).toBe(0);
      const { file, keyFile } = defaultRegisterOf(repo);
      expect(assessmentsIn(file)).toEqual([2, 2]);
      expect(fs.existsSync(keyFile)).toBe(true);
      expect(fs.readdirSync(repo).sort()).toEqual([".git", "infra"]);
      expect(fs.readdirSync(cwd)).toEqual([]);
      expect(run("git", ["status", "--porcelain", "--ignored", "--untracked-files=all"], { cwd: repo }).stdout).toBe(
        "",
      );
    },
    SEVERAL_RUNS,
  );

  test(
    "a register at the old default (.dpia/register.db) is used where it is, with a warning saying how to move it",
    () => {
      const dir = tempFolder("dpia-tree-legacy-");
      const legacy = path.join(dir, ".dpia", "register.db");
      const made = runDpia(["gate", APPROVED_INPUT, "--register", legacy], { cwd: dir });
      expect(made.status, made.output).toBe(0);
      const again = runDpia(["gate", APPROVED_INPUT], { cwd: dir });
      expect(again.status, again.output).toBe(0);
      const warnings = again.stderr.split("\n").filter((line) => line.startsWith("warning: using the register"));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`${legacy} in the working folder`);
      expect(warnings[0]).toMatch(/mv .*register\.db\* .*register\.key .*genesys-dpia-gate\/registers\//);
      expect(assessmentsIn(legacy)).toEqual([2, 2]);
      expect(() => defaultRegisterOf(dir)).toThrow(/found $/);
      expect(expectIntact(legacy)).toBe(7);
    },
    SEVERAL_RUNS,
  );
});
