import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { CLI } from "./e2e-timeouts";
import { run, runAsync, runDpia } from "./run-cli";
import { tempDir } from "./stacks";
import { isDevelopersSetting, type TestEnv } from "./test-env";

const plan = path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json");
const SETTINGS = ["DPIA_TRUST_ROOT", "DPIA_REGISTER", "DPIA_REGISTER_KEY", "TF_VAR_region", "GENESYSCLOUD_REGION"];

/** The variables among `names` that a child process started by run() sees, with their values. */
function seenByChild(names: string[], env: TestEnv = {}): Record<string, string> {
  const script =
    "let names = ''; process.stdin.on('data', (chunk) => (names += chunk)).on('end', () => " +
    "console.log(JSON.stringify(Object.fromEntries(JSON.parse(names).filter((name) => name in process.env)" +
    ".map((name) => [name, process.env[name]])))));";
  const result = run(process.execPath, ["-e", script], { input: JSON.stringify(names), env });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, string>;
}

test("this process's own environment holds no developer's settings (setup-env.ts took them out)", () => {
  expect(Object.keys(process.env).filter(isDevelopersSetting)).toEqual([]);
});

describe("a developer's settings do not reach the processes a test starts", () => {
  const saved: Record<string, string | undefined> = {};
  const register = tempDir("run-cli-register-is-a-folder-");
  const bogus: Record<string, string> = {
    DPIA_TRUST_ROOT: "sha256:bogus",
    DPIA_REGISTER: register,
    DPIA_REGISTER_KEY: path.join(register, "missing.key"),
    TF_VAR_region: "us-east-1",
    GENESYSCLOUD_REGION: "us-east-1",
    FORCE_COLOR: "1",
    NO_COLOR: "1",
  };

  beforeEach(() => {
    for (const [name, value] of Object.entries(bogus)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  test("a child sees none of them, FORCE_COLOR=0 instead of the developer's colour, and what the test sets", () => {
    expect(seenByChild([...SETTINGS, "FORCE_COLOR", "NO_COLOR"])).toEqual({ FORCE_COLOR: "0" });
    expect(seenByChild(SETTINGS, { DPIA_REGISTER: "set-by-the-test.db", TF_VAR_region: "eu-west-1" })).toEqual({
      DPIA_REGISTER: "set-by-the-test.db",
      TF_VAR_region: "eu-west-1",
    });
    expect(seenByChild(["FORCE_COLOR"], { FORCE_COLOR: undefined })).toEqual({});
  });

  test(
    "the real CLI gates as if they were unset; given to it by the test, each of DPIA_TRUST_ROOT and DPIA_REGISTER stops it",
    () => {
      const clean = runDpia(["gate", plan], { cwd: tempDir("run-cli-gate-") });
      expect(clean.status, clean.stderr).toBe(1);
      expect(clean.stdout).toContain("BLOCKED  Critical OAC-exporter-");
      const root = runDpia(["gate", plan], { cwd: tempDir("run-cli-gate-"), env: { DPIA_TRUST_ROOT: "sha256:bogus" } });
      expect(root.status).toBe(2);
      expect(root.stderr).toContain("dpia: DPIA_TRUST_ROOT: sha256:<64 hex>");
      const folder = runDpia(["gate", plan], { cwd: tempDir("run-cli-gate-"), env: { DPIA_REGISTER: register } });
      expect(folder.status).toBe(2);
      expect(folder.stderr).toContain(`dpia: ${register}: a register database file, not a folder or device`);
    },
    CLI,
  );
});

describe("a child that outlives its deadline does not hold the test", () => {
  // npm forwards SIGTERM to its scripts and waits for them: a shell that ignores it stands for that.
  const stubborn = "trap '' TERM; sleep 120 & sleep 120; wait";
  /** Running, not a zombie: a killed orphan stays one until some init reaps it. */
  const running = (pid: number) => {
    try {
      return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  };

  test("run() kills a child that ignores SIGTERM at its deadline", () => {
    const result = run("bash", ["-c", stubborn], { timeout: 1_000 });
    expect(result.status).toBeNull();
    expect(result.signal).toBe("SIGKILL");
  });

  test("runAsync() kills the child's whole process group at its deadline and lists what still ran", async () => {
    const result = await runAsync("bash", ["-c", `echo $$; ${stubborn}`], { timeout: 1_000 });
    expect(result.status).toBeNull();
    expect(result.signal).toBe("SIGKILL");
    expect(result.stderr).toContain("still running after 1 s, killed with:");
    expect(result.stderr).toMatch(/^ *\d+ +\d+ +\d+ +\d+ sleep 120$/m);
    const grandchildren = [...result.stderr.matchAll(/^ *(\d+) +\d+ +\d+ +\d+ sleep 120$/gm)].map((m) => Number(m[1]));
    expect(grandchildren.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(grandchildren.filter(running)).toEqual([]);
  });
});
