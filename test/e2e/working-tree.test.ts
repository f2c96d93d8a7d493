// Issue 26, "no surprises in the working tree": after `cdktf synth` and `dpia gate` in a git
// repository, `git status` shows nothing new but cdktf.out; and a read-only working folder works.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { SYNTH } from "../helpers/e2e-timeouts";
import { run, runDpia, type RunResult } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const CDKTF = path.join(root, "node_modules", ".bin", "cdktf");
const DPIA = path.join(root, "bin", "dpia.cjs");

/** A CDKTF app as a user's repository holds it: main.ts with the gate, cdktf.json, the policy. */
function project(dir: string): void {
  const main = fs
    .readFileSync(path.join(root, "main.ts"), "utf8")
    .replaceAll('from "./.gen/', `from "${root}/.gen/`)
    .replaceAll('from "./src"', `from "${root}/src"`);
  fs.writeFileSync(path.join(dir, "main.ts"), main);
  fs.copyFileSync(path.join(root, "dpia.policy.json"), path.join(dir, "dpia.policy.json"));
  const cdktfJson = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ ...cdktfJson, codeMakerOutput: `${root}/.gen` }));
  // The project's dependencies, as `npm install` would have put them (and .gitignore keeps out).
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
}

function git(cwd: string, ...args: string[]): RunResult {
  const result = run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd });
  expect(result.status, result.output).toBe(0);
  return result;
}

const synthIn = (cwd: string, args: string[] = [], env = {}) =>
  run(CDKTF, ["synth", ...args], { cwd, timeout: SYNTH, env: { CI: "1", ...env } });

describe("the working tree after synth and gate", () => {
  test(
    "in a git repository: git status shows nothing new except cdktf.out, ignored files included",
    () => {
      const repo = tempDir("dpia-tree-repo-");
      project(repo);
      git(repo, "init", "-q");
      git(repo, "add", ".");
      git(repo, "commit", "-q", "-m", "app");
      const synth = synthIn(repo);
      expect(synth.status, synth.output).toBe(0);
      const gate = runDpia(["gate", "cdktf.out"], { cwd: repo });
      expect(gate.status, gate.output).toBe(0);
      const status = git(repo, "status", "--porcelain", "--untracked-files=all", "--ignored").stdout.trim().split("\n");
      const outside = status.filter((line) => !/^\?\? cdktf\.out\//.test(line) && line !== "!! node_modules");
      expect(outside, status.join("\n")).toEqual([]);
      expect(status.some((line) => line.startsWith("?? cdktf.out/stacks/contact-centre/dpia/"))).toBe(true);
    },
    2 * SYNTH,
  );

  test(
    "a read-only working folder: synth to an output folder elsewhere and the gate on it, run as a user who cannot write the folder",
    () => {
      const work = tempDir("dpia-tree-readonly-");
      project(work);
      const writable = tempDir("dpia-tree-writable-");
      const out = path.join(writable, "cdktf.out");
      // Root may write any file whatever its mode: run as nobody then, for whom 0555 is read-only.
      const asNobody = process.getuid?.() === 0;
      fs.chmodSync(writable, 0o777);
      fs.chmodSync(work, 0o555);
      const env = {
        HOME: writable,
        XDG_STATE_HOME: path.join(writable, "state"),
        XDG_CACHE_HOME: path.join(writable, "cache"),
        npm_config_cache: path.join(writable, "npm"),
      };
      const as = (command: string, args: string[]) =>
        asNobody
          ? (["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", command, ...args]] as const)
          : ([command, args] as const);
      const before = fs.readdirSync(work).sort();
      const [synthCommand, synthArgs] = as(CDKTF, ["synth", "--output", out]);
      const synth = run(synthCommand, [...synthArgs], { cwd: work, timeout: SYNTH, env: { CI: "1", ...env } });
      expect(synth.status, synth.output).toBe(0);
      const [gateCommand, gateArgs] = as(process.execPath, [DPIA, "gate", out]);
      const gate = run(gateCommand, [...gateArgs], { cwd: work, env, timeout: SYNTH });
      expect(gate.status, gate.output).toBe(0);
      expect(gate.output).not.toContain("internal error");
      expect(fs.readdirSync(work).sort()).toEqual(before);
      expect(fs.readdirSync(path.join(writable, "state", "genesys-dpia-gate", "registers"))).toHaveLength(1);
    },
    2 * SYNTH,
  );
});
