// Runs one sample's command as a user would type it, and turns its output into what the docs show.
import { spawnSync } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import type { Sandbox } from "./sample-sandbox";
import type { SampleSpec } from "./sample-markers";

/** A process cap, sized for a real `cdktf synth` on a loaded two-core machine; never a timing assertion. */
const TIMEOUT_MS = 300_000;

export interface SampleRun {
  exit: number | null;
  /** The output as the docs show it: the command line, then stdout and stderr as a terminal interleaves them. */
  text: string;
}

export function runSample(spec: SampleSpec, sandbox: Sandbox): SampleRun {
  const cwd = path.join(sandbox.root, spec.cwd);
  const env = sampleEnv(spec, sandbox);
  for (const setup of spec.setup) {
    const done = spawnSync("bash", ["-c", setup], { cwd, env, encoding: "utf8", timeout: TIMEOUT_MS });
    // A setup may block (exit 1), as a gate run that records a blocked DPIA does; anything else stops the sample.
    if (done.status !== 0 && done.status !== 1)
      throw new Error(`setup "${setup}" exited ${done.status ?? done.signal}:\n${done.stdout}${done.stderr}`);
  }
  const done = spawnSync("bash", ["-c", `exec 2>&1\n${spec.command}`], {
    cwd,
    env,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  const output = `${done.stdout ?? ""}${done.error ? `\n${String(done.error)}` : ""}`;
  return { exit: done.status, text: shownText(spec, displayPaths(output, sandbox)) };
}

/**
 * The environment of a user without settings of their own: no DPIA_*, TF_VAR_* or GENESYSCLOUD_*, plain
 * text, no cdktf telemetry, no terraform CLI configuration, and the sandbox's home and state folders (keys a
 * sample makes with `--out ~/.dpia` stay in the sandbox).
 */
function sampleEnv(spec: SampleSpec, sandbox: Sandbox): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^(DPIA_|TF_VAR_|GENESYSCLOUD_|FORCE_COLOR$|NO_COLOR$|XDG_STATE_HOME$)/.test(name)) env[name] = value;
  Object.assign(env, { CI: "1", CHECKPOINT_DISABLE: "1", FORCE_COLOR: "0", TF_CLI_CONFIG_FILE: "/dev/null" });
  // npm keeps its cache where it was: a sample never downloads, and a fresh cache would.
  const npmCache = env.npm_config_cache ?? path.join(os.homedir(), ".npm");
  return { ...env, HOME: sandbox.home, npm_config_cache: npmCache, XDG_STATE_HOME: sandbox.state, ...spec.env };
}

/** The sandbox's paths as a user's would read: their project and their state folder. */
function displayPaths(output: string, sandbox: Sandbox): string {
  const shown = output.split(sandbox.state).join("~/.local/state").split(sandbox.home).join("~");
  return shown.split(sandbox.root).join("~/project");
}

/** The command line, then the output cut as the sample asks. */
function shownText(spec: SampleSpec, output: string): string {
  let lines = output.replace(/\s+$/, "").split("\n");
  const grep = spec.grep === undefined ? undefined : new RegExp(spec.grep);
  if (grep) lines = lines.filter((line) => grep.test(line));
  if (spec.lines !== undefined) lines = selectLines(lines, spec.lines);
  return [`$ ${spec.command}`, ...lines].map((line) => line.replace(/\s+$/, "")).join("\n");
}

/** `1-3,9-`: those lines, 1-based, with a "…" line for each gap. */
function selectLines(lines: string[], ranges: string): string[] {
  const kept: string[] = [];
  let last = 0;
  for (const range of ranges.split(",")) {
    const [from, to] = range.includes("-") ? range.split("-") : [range, range];
    const first = Number(from);
    const end = to === "" ? lines.length : Math.min(Number(to), lines.length);
    if (first > last + 1) kept.push("…");
    kept.push(...lines.slice(first - 1, end));
    last = end;
  }
  if (last < lines.length) kept.push("…");
  return kept;
}

/**
 * What legitimately differs between runs, as placeholders: times, dates, durations, Node's version,
 * random keys and the hashes over them, temporary paths, and what the sample itself says varies.
 */
export function normalise(text: string, vary: string[] = []): string {
  let result = text.replace(/[ \t]+$/gm, "").replace(/\s+$/, "");
  for (const pattern of vary) result = result.replace(new RegExp(pattern, "g"), "<varies>");
  return result
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/g, "<time>")
    .replace(/\d{4}-\d{2}-\d{2}/g, "<date>")
    .replace(/Node\.js v\d+\.\d+\.\d+/g, "Node.js <version>")
    .replace(/\b\d+(\.\d+)? ?(ms|s|min)\b/g, "<duration>")
    .replace(/sha256:[0-9a-f]+…?/g, "sha256:<hash>")
    .replace(/[A-Za-z0-9+/]{40,}={0,2}/g, "<base64>")
    .replace(/\b[0-9a-f]{32,}\b/g, "<hex>")
    .replace(/\/tmp\/[^\s'"`:)]+/g, "<tmp>");
}
