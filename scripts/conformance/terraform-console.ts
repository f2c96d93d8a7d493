/**
 * Asks `terraform console` for the values of many expressions, fast and without changing what they
 * mean. The console reads stdin line by line and prints only the last result, stopping at the first
 * error, so a batch is ONE line: the tuple `[e1, e2, ...]`. A tuple keeps each element's own type and
 * value (no conversion, no try() hiding errors); its printed form is parsed back into elements and
 * each is printed again at the top level (only the heredoc indentation differs). A batch with an
 * error is split in two until the failing expression stands alone: that one is Terraform's "error".
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { formatConsoleValue, parseConsoleValue } from "../../test/helpers/console-value";
import type { FolderCase } from "./heredocs";

/** What a batch element is when its expression failed: no generated expression evaluates to it. */
const FAILED = "__conformance: evaluation failed__";

export type ConsoleAnswer = { value: string } | { error: string };

export interface ConsoleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const CONSOLE_ENV: Record<string, string | undefined> = {
  ...process.env,
  TF_CLI_CONFIG_FILE: "/dev/null",
  CHECKPOINT_DISABLE: "1",
  TF_IN_AUTOMATION: "1",
};
for (const key of Object.keys(CONSOLE_ENV)) if (key.startsWith("TF_VAR_")) delete CONSOLE_ENV[key];

/** One `terraform console` process in `dir`, with `input` on stdin. */
export function runConsole(
  dir: string,
  input: string,
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("nice", ["terraform", "console", "-no-color", ...(options.args ?? [])], {
      cwd: dir,
      env: { ...CONSOLE_ENV, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.end(input);
  });
}

/** The summary line of Terraform's first error ("Invalid function argument"), or the first line of stderr. */
export function errorSummary(stderr: string): string {
  // Not an answer about the expression: the run itself failed, and the vectors must not say "error".
  if (/Error: (Error acquiring the state lock|Failed to load|Backend initialization)/.test(stderr))
    throw new Error(`terraform console failed:\n${stderr}`);
  return /Error: ([^\n]*)/.exec(stderr)?.[1]?.trim() ?? (stderr.trim().split("\n")[0] || "error");
}

/** The console prints the value and one newline. */
function printedValue(stdout: string): string {
  return stdout.endsWith("\n") ? stdout.slice(0, -1) : stdout;
}

export class ExpressionOracle {
  consoleRuns = 0;

  /**
   * The answer for each expression (single-line HCL), in order. Each element is `try(e, SENTINEL)`:
   * try() returns e's value unchanged when e evaluates, and the sentinel when evaluating e fails, so
   * one failing expression does not fail its batch. Errors try() cannot catch (an unknown function,
   * a syntax error) still fail the batch: it is then split in two until that expression stands alone.
   */
  async ask(expressions: string[]): Promise<ConsoleAnswer[]> {
    if (expressions.length === 0) return [];
    const run = await this.run(
      `[${expressions.map((item) => `try(${item}, ${JSON.stringify(FAILED)})`).join(", ")}]\n`,
    );
    if (run.status === 0)
      return this.split(run.stdout, expressions.length).map((answer) =>
        "value" in answer && answer.value === JSON.stringify(FAILED)
          ? { error: "evaluation failed (caught by try)" }
          : answer,
      );
    if (expressions.length === 1) return [await this.askAlone(expressions[0]!)];
    const half = Math.ceil(expressions.length / 2);
    return [...(await this.ask(expressions.slice(0, half))), ...(await this.ask(expressions.slice(half)))];
  }

  /** One expression alone, as a person would type it: the protocol's self-check. */
  async askAlone(expression: string): Promise<ConsoleAnswer> {
    const run = await this.run(`${expression}\n`);
    return run.status === 0 ? { value: printedValue(run.stdout) } : { error: errorSummary(run.stderr) };
  }

  /** Each run in a folder of its own: two consoles in one folder contend for its state lock. */
  private async run(input: string): Promise<ConsoleRun> {
    this.consoleRuns++;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-console-"));
    try {
      return await runConsole(dir, input);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private split(stdout: string, count: number): ConsoleAnswer[] {
    const printed = printedValue(stdout);
    const tuple = parseConsoleValue(printed);
    if (formatConsoleValue(tuple) !== printed)
      throw new Error(`console output does not print back the same:\n${printed}`);
    if (tuple.kind !== "tuple" || tuple.items.length !== count)
      throw new Error(`expected a tuple of ${count} values, got:\n${printed.slice(0, 400)}`);
    return tuple.items.map((item) => ({ value: formatConsoleValue(item, 0) }));
  }
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of results. */
export async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What `terraform console` answers for a folder case: its files written to a temporary folder, its expression asked there. */
export async function askFolder(item: FolderCase): Promise<ConsoleAnswer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-folder-"));
  try {
    for (const [name, text] of Object.entries(item.files)) fs.writeFileSync(path.join(dir, name), text);
    const run = await runConsole(dir, `${item.expression}\n`, { args: item.args, env: item.env });
    return run.status === 0 ? { value: run.stdout.replace(/\n$/, "") } : { error: errorSummary(run.stderr) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
