import { spawn, spawnSync } from "node:child_process";
import * as path from "node:path";
import { CLI, SYNTH } from "./e2e-timeouts";
import { testEnv, type TestEnv } from "./test-env";

const repo = path.resolve(__dirname, "../..");
/** The repository's own entry point: it runs the TypeScript sources, never a stale dist/. */
const DPIA = path.join(repo, "bin", "dpia.cjs");
/** The cdktf CLI this repository installs. */
const CDKTF = path.join(repo, "node_modules", ".bin", "cdktf");

export interface RunOptions {
  /** The working folder; the repository's root unless given. */
  cwd?: string;
  /** Set on top of the clean environment (see testEnv). */
  env?: TestEnv;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  /** Milliseconds before the child is killed: sized to the work it does (e2e-timeouts). */
  timeout?: number;
}

export interface RunResult {
  /** The exit code; null when a signal (a timeout) ended the child. */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout, then stderr: for assertions on what a person at the terminal sees. */
  output: string;
}

function resultOf(status: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string): RunResult {
  return { status, signal, stdout, stderr, output: `${stdout}\n${stderr}` };
}

/** Any command, in the test environment, waiting for it to end. */
export function run(command: string, args: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? repo,
    env: testEnv(options.env),
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeout ?? CLI,
    // npm waits for its scripts when sent SIGTERM, and spawnSync waits for the child to end: a stuck
    // script would then hold the test (and CI) past every timeout. SIGKILL cannot be waited out.
    killSignal: "SIGKILL",
  });
  const failed = result.error ? `\n${String(result.error)}` : "";
  return resultOf(result.status, result.signal, result.stdout ?? "", `${result.stderr ?? ""}${failed}`);
}

/**
 * The same without blocking this process, so that servers a test runs in it can answer the child.
 * The child leads a process group of its own; at its deadline the whole group is killed, so that no
 * grandchild (an npm script, a compiler, a synth's app) outlives it, and the output lists what was
 * still running then: all a CI log shows of a hang.
 */
export function runAsync(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const timeout = options.timeout ?? CLI;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd ?? repo, env: testEnv(options.env), detached: true });
    let stdout = "";
    let stderr = "";
    let ended = false;
    const deadline = setTimeout(() => {
      stderr += `\n${command} ${args.join(" ")}: still running after ${timeout / 1000} s, killed with:\n`;
      stderr += processGroup(child.pid);
      killGroup(child.pid);
    }, timeout);
    const finish = (status: number | null, signal: NodeJS.Signals | null) => {
      if (ended) return;
      ended = true;
      clearTimeout(deadline);
      resolve(resultOf(status, signal, stdout, stderr));
    };
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error) => {
      stderr += `\n${String(error)}`;
      finish(null, null);
    });
    child.on("close", finish);
    // A process that left the group (a daemon) may keep the pipes open after the child ended.
    child.on("exit", (status, signal) => setTimeout(() => finish(status, signal), 5_000).unref());
    // A child that exits without reading its input closes the pipe: that is no failure of the test.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}

/** The processes of the group `leader` leads, one line each: pid, group, parent, seconds running, command. */
function processGroup(leader: number | undefined): string {
  const listing = spawnSync("ps", ["-eo", "pid=,pgid=,ppid=,etimes=,args="], { encoding: "utf8", timeout: 10_000 });
  return (listing.stdout ?? "")
    .split("\n")
    .filter((line) => line.trim().split(/\s+/)[1] === String(leader))
    .map((line) => line.slice(0, 300))
    .join("\n");
}

function killGroup(leader: number | undefined): void {
  if (leader === undefined) return;
  try {
    process.kill(-leader, "SIGKILL");
  } catch {
    // Already gone.
  }
}

export interface DpiaOptions extends RunOptions {
  /** Node options put before the entry point, such as `--require` of a test's preload script. */
  node?: string[];
}

/** The real `dpia` command line (bin/dpia.cjs) with `args`. */
export function runDpia(args: string[], options: DpiaOptions = {}): RunResult {
  return run(process.execPath, [...(options.node ?? []), DPIA, ...args], options);
}

/** The real `dpia` command line without blocking this process (see runAsync). */
export function runDpiaAsync(args: string[], options: DpiaOptions = {}): Promise<RunResult> {
  return runAsync(process.execPath, [...(options.node ?? []), DPIA, ...args], options);
}

export interface SynthOptions extends RunOptions {
  /** What follows `synth`, such as `--output <folder>`. */
  args?: string[];
}

/** The real `cdktf synth` of the app in `cwd` (its cdktf.json), as CI runs it. */
export function synth(cwd: string, options: SynthOptions = {}): RunResult {
  return run(CDKTF, ["synth", ...(options.args ?? [])], synthOptions(cwd, options));
}

/** The same without blocking this process (see runAsync). */
export function synthAsync(cwd: string, options: SynthOptions = {}): Promise<RunResult> {
  return runAsync(CDKTF, ["synth", ...(options.args ?? [])], synthOptions(cwd, options));
}

function synthOptions(cwd: string, options: SynthOptions): RunOptions {
  // CI=1: cdktf asks nothing and draws no spinner.
  return { timeout: SYNTH, ...options, cwd, env: { CI: "1", ...options.env } };
}
