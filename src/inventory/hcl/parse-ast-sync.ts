import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { HCL_WORKER_PRELUDE, hclWorkerData } from "./hcl-wasm";

/** getExpressionAst's answer for one source: its tree, or the parser's error. */
export type AstAnswer = { ast: unknown } | { error: string };

/** How long one batch may take before the parser is abandoned (it is then started afresh): a hang guard, sized for a loaded machine (parse-in-worker.ts). */
const PARSE_TIMEOUT_MS = 90_000;

// Plain CommonJS given as source, so it runs the same from TypeScript, tsx or a build (as parse-in-worker.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
${HCL_WORKER_PRELUDE}
const port = workerData.port;
parentPort.on("message", async ({ sources, signal }) => {
  const answers = [];
  for (const source of sources) {
    try {
      // As @cdktf/hcl2json's getExpressionAst answers: the parsed tree, or null for none.
      answers.push({ ast: JSON.parse(await callHcl("getExpressionAst", "template.tf", source)) || null });
    } catch (error) {
      answers.push({ error: String((error && error.message) || error) });
    }
  }
  port.postMessage(answers);
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

let running: { worker: Worker; answers: MessagePort } | undefined;

function start(): { worker: Worker; answers: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { ...hclWorkerData(), port: port2 },
    transferList: [port2],
  });
  // Neither keeps the process alive: this thread only ever waits for the worker synchronously.
  worker.unref();
  port1.unref();
  worker.on("error", () => {
    if (running?.worker === worker) running = undefined;
  });
  return { worker, answers: port1 };
}

/**
 * Terraform's expression parser, called synchronously: this thread waits (Atomics.wait) for the
 * worker that runs it. One answer per source, in order.
 */
export function parseAstSync(sources: string[]): AstAnswer[] {
  running ??= start();
  const { worker, answers } = running;
  const signal = new SharedArrayBuffer(4);
  worker.postMessage({ sources, signal });
  if (Atomics.wait(new Int32Array(signal), 0, 0, PARSE_TIMEOUT_MS) === "timed-out") {
    running = undefined;
    void worker.terminate();
    return sources.map(() => ({ error: `the parser gave no answer within ${PARSE_TIMEOUT_MS / 1000} s` }));
  }
  const received = receiveMessageOnPort(answers);
  if (!received) return sources.map(() => ({ error: "the parser gave no answer" }));
  return received.message as AstAnswer[];
}
