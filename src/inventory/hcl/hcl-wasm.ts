import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as zlib from "node:zlib";

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

/** Where @cdktf/hcl2json is installed: its WebAssembly and the JavaScript side of Go's runtime. */
function hcl2jsonFolder(): string {
  return path.dirname(path.dirname(createRequire(__filename).resolve("@cdktf/hcl2json")));
}

export function hclParserModule(): CompiledParser {
  compiled ??= new WebAssembly.Module(zlib.gunzipSync(fs.readFileSync(path.join(hcl2jsonFolder(), "main.wasm.gz"))));
  return compiled;
}

/** What a worker needs to start the parser: the compiled module and Go's runtime glue, by path. */
export function hclWorkerData(): { module: CompiledParser; goRuntime: string } {
  return {
    module: hclParserModule(),
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
