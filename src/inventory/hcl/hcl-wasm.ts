import * as path from "node:path";
import * as v8 from "node:v8";
import { hcl2jsonFolder, parserBytes } from "./parser-bytes";

/** The one WebAssembly API used here: the build's library (ES2022, no DOM) does not declare it. */
declare const WebAssembly: { Module: new (bytes: Uint8Array) => CompiledParser };
/** A compiled WebAssembly.Module: opaque here, passed to workers as it is. */
type CompiledParser = object;

/**
 * @cdktf/hcl2json's parser (a Go program compiled to WebAssembly), compiled once per process. Every
 * worker that runs it (the file parsers, the expression parser) is given this module: a worker
 * started afresh after a crash or a timeout no longer decompresses and compiles 6.5 MB again, and the
 * code V8 compiles lazily for one worker serves the others.
 */
let compiled: CompiledParser | undefined;

/**
 * Below this much HCL waiting to be parsed when the parser is compiled, it is compiled by V8's baseline
 * compiler alone. Go's runtime initialising makes hundreds of functions hot at once, and optimising them
 * cost about 0.6 s of CPU on every run (half of `dpia gate` on a small folder), more than it saved below
 * about 2 MB of source (measured from 1 to 1,000 files of the bench's units; issue 28).
 */
const OPTIMISE_FROM_SOURCE_BYTES = 1024 * 1024;

/**
 * V8's flags that keep WebAssembly on its baseline compiler. `--liftoff-only` alone is enough where V8 compiles a
 * module's functions when it is made (Node 20 and 22); Node 24's V8 compiles each function at its first call and
 * decides then, under the tiering flags it read when it started, so those are turned off too (the parser alone: 0.66
 * to 0.41 s of CPU on Node 24, no change on 20 and 22). They stay set: functions are still compiled after the module
 * is made, in the process's workers. The process then runs every WebAssembly module on the baseline compiler; this
 * one is compiled once a process. Its functions are also validated and compiled at their first call only: making the
 * module then costs 7 ms of CPU instead of 35 ms, and Go's start calls a part of them (a one-resource `dpia gate`: 4 to
 * 5 % less CPU on Node 20, 22 and 24). The module is @cdktf/hcl2json's own, as installed.
 */
const BASELINE_ONLY_FLAGS = [
  "--liftoff-only",
  "--no-wasm-dynamic-tiering",
  "--no-wasm-tier-up",
  "--wasm-lazy-validation",
  "--wasm-lazy-compilation",
];

/**
 * Called, when it is set, just before the flags change: the installed CLI makes its code cache then, under the flags
 * the process started with (src/cli/run-bundle.ts; found by name, as the bundle holds its own copy of this module).
 */
const BEFORE_V8_FLAGS_CHANGE = Symbol.for("genesys-dpia-gate.before-v8-flags-change");

/** Whether the process was started with WebAssembly tiering flags of its own, on its command line or in NODE_OPTIONS. */
function givenTieringFlags(): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((flag) =>
    /liftoff|wasm-tier|wasm-dynamic-tiering/.test(flag),
  );
}

/** The parser compiled with or without V8's optimising tier. */
function compileParser(bytes: Uint8Array, optimise: boolean): CompiledParser {
  if (!optimise && !givenTieringFlags()) {
    const beforeChange = (globalThis as Record<symbol, unknown>)[BEFORE_V8_FLAGS_CHANGE];
    if (typeof beforeChange === "function") beforeChange();
    for (const flag of BASELINE_ONLY_FLAGS) v8.setFlagsFromString(flag);
  }
  return new WebAssembly.Module(bytes);
}

/** The parser, compiled at the first call: with V8's optimising tier unless less than 1 MiB of source is waiting. */
export function hclParserModule(waitingSourceBytes = Number.POSITIVE_INFINITY): CompiledParser {
  compiled ??= compileParser(parserBytes(), waitingSourceBytes >= OPTIMISE_FROM_SOURCE_BYTES);
  return compiled;
}

/**
 * What a worker needs to start the parser: the compiled module and Go's runtime glue, by path.
 * `waitingSourceBytes`: how much source is waiting for it, when known, which decides how the parser is compiled.
 */
export function hclWorkerData(waitingSourceBytes?: number): { module: CompiledParser; goRuntime: string } {
  return {
    module: hclParserModule(waitingSourceBytes),
    goRuntime: path.join(hcl2jsonFolder(), "wasm", "bridge_wasm_exec.js"),
  };
}

/**
 * Worker-side source that starts the parser from `workerData.module` as @cdktf/hcl2json's own bridge
 * does (lib/bridge.js: Go's runtime, the `__parse_terraform_config_wasm__` object the Go program fills
 * with its functions, then `go.run`), and defines `callHcl(name, ...args)`: the function's raw JSON
 * answer, or a rejection with the parser's error. `hclMemoryBytes()` is what the worker holds: the Go
 * program's linear memory (it only grows) and this thread's JavaScript heap.
 */
export const HCL_WORKER_PRELUDE = `
const { workerData: hclWorkerData } = require("node:worker_threads");
require(hclWorkerData.goRuntime);
const hclFunctions = {};
globalThis.__parse_terraform_config_wasm__ = hclFunctions;
const hclGo = new globalThis.Go();
const hclInstance = new WebAssembly.Instance(hclWorkerData.module, hclGo.importObject);
void hclGo.run(hclInstance);
const callHcl = (name, ...args) =>
  new Promise((resolve, reject) => {
    if (typeof hclFunctions[name] !== "function") return reject(new Error("the parser has no function " + name));
    hclFunctions[name].apply(undefined, [...args, (error, answer) => (error ? reject(new Error(error)) : resolve(answer))]);
  });
const hclMemoryBytes = () => hclInstance.exports.mem.buffer.byteLength + require("node:v8").getHeapStatistics().used_heap_size;
`;
