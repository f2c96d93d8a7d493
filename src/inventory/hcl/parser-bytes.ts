import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as zlib from "node:zlib";

/**
 * The HCL parser's WebAssembly as the build decompressed it, beside this module in dist/ (scripts/build.ts):
 * decompressing its 6.5 MB cost 21 ms of every run that reads a `.tf` file, reading the copy 4 ms. Its first line
 * names the compressed file it came from (SHA-256) and its length, so that a copy made from another version of
 * @cdktf/hcl2json than the one installed, or cut short, is never compiled: the installed file is decompressed then.
 */
const PARSER_COPY_FILE = "hcl2json.wasm";

/** Where @cdktf/hcl2json is installed: its WebAssembly and the JavaScript side of Go's runtime. */
export function hcl2jsonFolder(): string {
  return path.dirname(path.dirname(createRequire(__filename).resolve("@cdktf/hcl2json")));
}

function installedParser(): Buffer {
  return fs.readFileSync(path.join(hcl2jsonFolder(), "main.wasm.gz"));
}

function decompress(compressed: Buffer): Buffer {
  // One output chunk the size of the whole module (6.5 MB): no chunks to join, half the CPU of the default.
  return zlib.gunzipSync(compressed, { chunkSize: 8 * 1024 * 1024 });
}

function copyHeader(compressed: Buffer, length: number): string {
  return `hcl2json ${createHash("sha256").update(compressed).digest("hex")} ${length}\n`;
}

/** The parser's WebAssembly, uncompressed: the build's copy when it is that of the installed file, else decompressed. */
export function parserBytes(folder = __dirname): Uint8Array {
  const compressed = installedParser();
  let copy: Buffer | undefined;
  try {
    copy = fs.readFileSync(path.join(folder, PARSER_COPY_FILE));
  } catch {
    return decompress(compressed); // a checkout run from its sources, or a package built without the copy
  }
  const newline = copy.indexOf(0x0a);
  const header = copy.subarray(0, newline + 1).toString("latin1");
  const bytes = copy.subarray(newline + 1);
  return newline > 0 && header === copyHeader(compressed, bytes.length) ? bytes : decompress(compressed);
}

/** Writes the decompressed copy into `folder` (the build: dist/src/inventory/hcl). */
export function writeParserCopy(folder: string): void {
  const compressed = installedParser();
  const bytes = decompress(compressed);
  fs.writeFileSync(
    path.join(folder, PARSER_COPY_FILE),
    Buffer.concat([Buffer.from(copyHeader(compressed, bytes.length), "latin1"), bytes]),
  );
}
