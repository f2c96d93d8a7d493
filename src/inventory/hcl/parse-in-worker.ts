import * as os from "node:os";
import { Worker } from "node:worker_threads";
import { HCL_WORKER_PRELUDE, hclWorkerData } from "./hcl-wasm";

/**
 * How long one file may take to parse before the parser is abandoned and the file reported. A
 * guard against a parser that never answers, not a budget (evaluation has its own, in CPU time):
 * a small file took over 15 s of wall-clock time on a two-core machine at load 30, and the verdict
 * must not depend on the machine's load.
 */
const HCL_PARSE_TIMEOUT_MS = 90_000;
/**
 * A parser that holds more than this (the Go program's memory, which never shrinks, and its thread's
 * heap) is renewed before its next file. Never renewed by a count of files: a start costs about 0.3 s
 * of CPU (Go's runtime and packages initialising), and renewing every 200 files made a 5,000-file
 * folder 2.7 times slower (issue 28). A parser that crashes or times out is renewed at once.
 */
const HCL_PARSER_MEMORY_LIMIT_BYTES = 512 * 1024 * 1024;

export type HclParseOutcome =
  | { ok: true; json: string }
  | { ok: false; kind: "invalid"; message: string }
  | { ok: false; kind: "crashed" | "timed out"; message: string };

// The worker is plain CommonJS given as source, so it runs the same from TypeScript, tsx or a build.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const fs = require("node:fs");
// Go writes straight to file descriptors 1 and 2 (goroutine dumps when it dies): they go to the parent as messages instead.
const writeSync = fs.writeSync;
const write = fs.write;
const isConsole = (fd) => fd === 1 || fd === 2;
fs.writeSync = function (fd, buffer, offset, length) {
  if (!isConsole(fd)) return writeSync.apply(fs, arguments);
  const bytes = typeof buffer === "string" ? Buffer.from(buffer) : Buffer.from(buffer.buffer, buffer.byteOffset + (offset || 0), length === undefined ? buffer.byteLength - (offset || 0) : length);
  parentPort.postMessage({ said: Buffer.from(bytes).toString("utf8").slice(0, 2000) });
  return bytes.length;
};
fs.write = function (fd, buffer, offset, length) {
  if (!isConsole(fd)) return write.apply(fs, arguments);
  const callback = Array.prototype.slice.call(arguments, 1).find((item) => typeof item === "function");
  const count = fs.writeSync(fd, buffer, typeof offset === "number" ? offset : 0, typeof length === "number" ? length : undefined);
  if (callback) callback(null, count, buffer);
};
${HCL_WORKER_PRELUDE}
parentPort.on("message", ({ id, file, text }) => {
  // The parser answers JSON text: passed on as it is (the parent parses it once).
  callHcl("parse", file, text).then(
    (json) => parentPort.postMessage(typeof json === "string" ? { id, json, memory: hclMemoryBytes() } : { id, crashed: "the parser answered no text" }),
    (error) => parentPort.postMessage({ id, invalid: String((error && error.message) || error), memory: hclMemoryBytes() }),
  );
});
`;

/**
 * The source given to the parsers and not yet answered, across the pool. A folder's files are all given
 * before the first worker starts (they are read first), so at that start this is the folder's size.
 */
let waitingSourceBytes = 0;

interface Pending {
  id: number;
  resolve: (outcome: HclParseOutcome) => void;
  timer: NodeJS.Timeout;
}

/**
 * One parser in a worker thread, used for one file at a time. A file that hangs it or crashes it
 * costs that worker only: it is terminated, the file is reported, and the next file gets a new one.
 * Otherwise the worker is kept for as long as it holds less than `memoryLimitBytes`.
 */
export class HclParser {
  /** How many workers this parser has started: one for as long as nothing fails and memory stays low. */
  starts = 0;
  private worker: Worker | undefined;
  /** What the worker held after its last answer. */
  private memoryBytes = 0;
  private nextId = 0;
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Files given to this parser and not yet answered: the pool gives the next file to the least busy. */
  waiting = 0;

  constructor(private readonly memoryLimitBytes = HCL_PARSER_MEMORY_LIMIT_BYTES) {}

  parse(file: string, text: string, timeoutMs: number): Promise<HclParseOutcome> {
    this.waiting += 1;
    waitingSourceBytes += text.length;
    const run = this.queue
      .then(() => this.parseNow(file, text, timeoutMs))
      .finally(() => {
        this.waiting -= 1;
        waitingSourceBytes -= text.length;
      });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: hclWorkerData(waitingSourceBytes) });
    this.starts += 1;
    // What the Go runtime printed when it died: kept for the message, never shown to the user.
    let said = "";
    worker.on(
      "message",
      (message: { id: number; json?: string; invalid?: string; crashed?: string; said?: string; memory?: number }) => {
        if (this.worker !== worker) return;
        if (message.said !== undefined) {
          if (said.length < 2_000) said += message.said;
          return;
        }
        const pending = this.pending;
        if (!pending || pending.id !== message.id) return;
        this.memoryBytes = message.memory ?? 0;
        if (message.json !== undefined) this.settle({ ok: true, json: message.json });
        else if (message.invalid !== undefined) this.settle({ ok: false, kind: "invalid", message: message.invalid });
        else this.settle({ ok: false, kind: "crashed", message: message.crashed ?? "no result" }, true);
      },
    );
    // Events of a worker already retired (terminated on a timeout or renewal) concern no one.
    worker.on("error", (error) => {
      if (this.worker === worker) this.settle({ ok: false, kind: "crashed", message: error.message }, true);
    });
    worker.on("exit", (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const cause = /^(fatal error: .*|runtime: .*|panic: .*)$/m.exec(said)?.[1];
      this.settle({ ok: false, kind: "crashed", message: `the parser stopped (${cause ?? `exit code ${code}`})` });
    });
    worker.unref();
    this.memoryBytes = 0;
    return worker;
  }

  private settle(outcome: HclParseOutcome, renew = false): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    this.worker?.unref();
    if (renew) this.retire();
    pending.resolve(outcome);
  }

  private retire(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private parseNow(file: string, text: string, timeoutMs: number): Promise<HclParseOutcome> {
    if (this.memoryBytes > this.memoryLimitBytes) this.retire();
    const worker = (this.worker ??= this.start());
    worker.ref();
    const id = ++this.nextId;
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.settle({ ok: false, kind: "timed out", message: `no result within ${timeoutMs / 1000} s` }, true),
        timeoutMs,
      );
      this.pending = { id, resolve, timer };
      worker.postMessage({ id, file, text });
    });
  }
}

/** One parser per core, two at most: a folder's files are parsed side by side, each still alone in its worker. */
const POOL_SIZE = Math.max(
  1,
  Math.min(2, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length),
);
const parsers = Array.from({ length: POOL_SIZE }, () => new HclParser());

/** Parses one file of HCL native syntax into @cdktf/hcl2json's JSON text, isolated from every other parse. */
export function parseHclIsolated(
  file: string,
  text: string,
  timeoutMs = HCL_PARSE_TIMEOUT_MS,
): Promise<HclParseOutcome> {
  const parser = parsers.reduce((best, candidate) => (candidate.waiting < best.waiting ? candidate : best));
  return parser.parse(file, text, timeoutMs);
}
