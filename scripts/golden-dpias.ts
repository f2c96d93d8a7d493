/**
 * Golden DPIAs: runs the real `dpia gate` (and the real `cdktf synth` with the aspect) on every
 * fixture, example and corpus folder, and on the example of every resource type in the provider's
 * docs, and compares what they write with test/golden. A refactor must leave every DPIA byte-identical
 * apart from its timestamp, and every exit code the same.
 *
 *   npx tsx scripts/golden-dpias.ts            compare with test/golden (exit 1 on any difference)
 *   npx tsx scripts/golden-dpias.ts --update   write test/golden anew (review the diff before committing)
 *   npx tsx scripts/golden-dpias.ts --bundle   the same comparison, with dist/cli.js (the installed CLI) answering
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { goldenCases, type GoldenCase } from "./golden/cases";
import { normalise } from "./golden/normalise";

const repo = path.resolve(__dirname, "..");
const goldenDir = path.join(repo, "test", "golden");

interface Outcome {
  exit: number | null;
  /** File name in test/golden → normalised content. */
  files: Record<string, string>;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The environment of a new user: nothing of the developer's register, trust root or Terraform variables. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (
      name.startsWith("DPIA_") ||
      name.startsWith("TF_VAR_") ||
      name.startsWith("GENESYSCLOUD_") ||
      name === "FORCE_COLOR"
    )
      continue;
    env[name] = value;
  }
  return { ...env, CHECKPOINT_DISABLE: "1", NO_COLOR: "1", ...extra };
}

/**
 * The real `dpia gate` command line, run in this process through the CLI's own entry point (a new
 * process per case would spend most of its time starting): stdout and stderr are captured.
 */
async function gate(
  target: string,
  policy: string,
  scratch: string,
): Promise<{ exit: number | null; output: string; stderr: string }> {
  // --bundle: the installed CLI's one-file bundle (dist/cli.js, npm run build) answers instead of the sources.
  const { main } = require(
    process.argv.includes("--bundle") ? path.join(repo, "dist", "cli.js") : "../src/cli/main",
  ) as {
    main: (argv: string[]) => Promise<void>;
  };
  let output = "";
  let stderr = "";
  const write = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (output += chunk.toString()),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += chunk.toString()),
    true
  )) as typeof process.stderr.write;
  const listeners = {
    exception: process.listeners("uncaughtException"),
    rejection: process.listeners("unhandledRejection"),
  };
  process.exitCode = undefined;
  try {
    await main([
      "node",
      "dpia",
      "gate",
      target,
      "--policy",
      policy,
      "--format",
      "json",
      "--register",
      path.join(scratch, "gate-register.db"),
    ]);
  } finally {
    process.stdout.write = write.stdout;
    process.stderr.write = write.stderr;
    // main() installs its last-resort handlers on every call.
    for (const event of ["uncaughtException", "unhandledRejection"] as const) process.removeAllListeners(event);
    for (const listener of listeners.exception) process.on("uncaughtException", listener);
    for (const listener of listeners.rejection) process.on("unhandledRejection", listener);
  }
  const exit = typeof process.exitCode === "number" ? process.exitCode : 0;
  process.exitCode = undefined;
  return { exit, output, stderr };
}

async function runCase(golden: GoldenCase): Promise<Outcome> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-golden-"));
  const replace = { [scratch]: "<scratch>", [repo]: "<repo>" };
  try {
    const target = golden.prepare ? golden.prepare(scratch) : golden.target;
    if (golden.kind === "gate") {
      const result = await gate(target, golden.policy, scratch);
      return {
        exit: result.exit,
        files: { [`${golden.slug}.gate.json`]: normalise(result.output, replace) },
        stderr: result.stderr,
      };
    }
    // An app synthesized by the real cdktf CLI with the aspect, then the pipeline gate on its cdktf.out.
    const outdir = path.join(scratch, "cdktf.out");
    const cdktf = path.join(repo, "node_modules", ".bin", "cdktf");
    const synth = await run(
      cdktf,
      ["synth", "--output", outdir],
      target,
      cleanEnv({ DPIA_REGISTER: path.join(scratch, "synth-register.db") }),
      600_000,
    );
    const files: Record<string, string> = {};
    const stacks = fs.existsSync(path.join(outdir, "stacks")) ? fs.readdirSync(path.join(outdir, "stacks")).sort() : [];
    for (const stack of stacks) {
      const dpiaDir = path.join(outdir, "stacks", stack, "dpia");
      if (!fs.existsSync(dpiaDir)) continue;
      for (const file of fs
        .readdirSync(dpiaDir)
        .filter((name) => name.endsWith(".json"))
        .sort()) {
        files[`${golden.slug}.aspect.${stack}.${file}`] = normalise(
          fs.readFileSync(path.join(dpiaDir, file), "utf8"),
          replace,
        );
      }
    }
    const gated = await gate(outdir, golden.policy, scratch);
    files[`${golden.slug}.gate.json`] = normalise(gated.output, replace);
    files[`${golden.slug}.synth-exit.txt`] = `${synth.status}\n`;
    return { exit: gated.exit, files, stderr: `${synth.stderr}\n${gated.stderr}` };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** --bundle compares a build with the golden files: never one older than the sources, and never to write them. */
function refuseStaleBundle(update: boolean): void {
  const bundle = path.join(repo, "dist", "cli.js");
  if (update) throw new Error("--bundle compares; the golden files are written from the sources (--update alone)");
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);
  const built = fs.statSync(bundle).mtimeMs;
  const newer = fs
    .readdirSync(path.join(repo, "src"), { recursive: true, withFileTypes: true })
    .find((entry) => entry.isFile() && fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs > built);
  if (newer) throw new Error(`${path.join(newer.parentPath, newer.name)} is newer than ${bundle}: run npm run build`);
}

async function main(): Promise<void> {
  const update = process.argv.includes("--update");
  if (process.argv.includes("--bundle")) refuseStaleBundle(update);
  const cases = goldenCases(repo);
  const outcomes = new Map<string, Outcome>();
  process.chdir(repo);
  for (const name of Object.keys(process.env)) if (!(name in cleanEnv({}))) delete process.env[name];
  Object.assign(process.env, cleanEnv({}));
  // The synthesized apps run as processes of their own, beside the gate cases run here one after the other.
  const synths = Promise.all(
    cases
      .filter((golden) => golden.kind === "synth")
      .map(async (golden) => outcomes.set(golden.slug, await runCase(golden))),
  );
  for (const golden of cases.filter((entry) => entry.kind === "gate")) {
    outcomes.set(golden.slug, await runCase(golden));
    if (process.stderr.isTTY) process.stderr.write(`\r${outcomes.size}/${cases.length} ${golden.slug}`.padEnd(100));
  }
  await synths;
  if (process.stderr.isTTY) process.stderr.write("\n");
  const exits: Record<string, number | null> = {};
  const files: Record<string, string> = {};
  for (const golden of cases) {
    const outcome = outcomes.get(golden.slug)!;
    exits[golden.slug] = outcome.exit;
    Object.assign(files, outcome.files);
    if (outcome.exit !== 0 && outcome.exit !== 1 && outcome.exit !== 2)
      process.stderr.write(`${golden.slug}: exit ${outcome.exit}\n${outcome.stderr}\n`);
  }
  files["exit-codes.json"] = `${JSON.stringify(exits, null, 2)}\n`;
  if (update) {
    fs.rmSync(goldenDir, { recursive: true, force: true });
    fs.mkdirSync(goldenDir, { recursive: true });
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(goldenDir, name), content);
    console.log(
      `wrote ${Object.keys(files).length} files for ${cases.length} cases to ${path.relative(process.cwd(), goldenDir)}`,
    );
    return;
  }
  const expected = new Set(fs.readdirSync(goldenDir));
  const differences: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (!expected.has(name)) differences.push(`${name}: new (not in test/golden)`);
    else if (fs.readFileSync(path.join(goldenDir, name), "utf8") !== content) differences.push(`${name}: differs`);
    expected.delete(name);
  }
  for (const name of expected) differences.push(`${name}: in test/golden, not produced`);
  if (differences.length > 0) {
    console.log(
      `${differences.length} of ${Object.keys(files).length} golden files differ:\n${differences.map((line) => `  ${line}`).join("\n")}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`identical: ${Object.keys(files).length} files (${cases.length} cases: DPIAs and exit codes)`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  })
  // The HCL parser's worker outlives the last case.
  .finally(() => process.exit());
