import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as zlib from "node:zlib";

/**
 * The HCL parser's WebAssembly as the build decompressed it, beside this module in dist/ (scripts/build.ts):
 * decompressing its 6.5 MB cost 21 ms of every run that reads a `.tf` file, reading and checking the copy 6 ms. The
 * copy is used only when its length and CRC-32 are those the installed file's gzip trailer gives for its content, the
 * check gunzip itself makes: a copy of another version of @cdktf/hcl2json, cut short or damaged, is never compiled
 * (with lazy validation, a damaged function would only fail, or hang, when first called); the installed file is
 * decompressed then.
 */
const PARSER_COPY_FILE = "hcl2json.wasm";

/** Where @cdktf/hcl2json is installed: its WebAssembly and the JavaScript side of Go's runtime. */
export function hcl2jsonFolder(): string {
  return path.dirname(path.dirname(createRequire(__filename).resolve("@cdktf/hcl2json")));
}

const installedFile = () => path.join(hcl2jsonFolder(), "main.wasm.gz");

function installedParser(): Buffer {
  return fs.readFileSync(installedFile());
}

/** A gzip member's 10-byte header and 8-byte trailer (RFC 1952): a shorter file is not gzip. */
const GZIP_MIN_BYTES = 18;

/** A gzip file's last 8 bytes (RFC 1952): its content's CRC-32 and length; none for a file too short to be gzip. */
export const gzipTrailer = (gzip: Buffer): Buffer | undefined =>
  gzip.length < GZIP_MIN_BYTES ? undefined : gzip.subarray(-8);

/** The installed file's gzip trailer, read alone: the whole file (1.7 MB) is read only to decompress it. */
function installedTrailer(): Buffer | undefined {
  const fd = fs.openSync(installedFile(), "r");
  try {
    const size = fs.fstatSync(fd).size;
    if (size < GZIP_MIN_BYTES) return undefined;
    const trailer = Buffer.alloc(8);
    return fs.readSync(fd, trailer, 0, 8, size - 8) === 8 ? trailer : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function decompress(compressed: Buffer): Buffer {
  // One output chunk the size of the whole module (6.5 MB): no chunks to join, half the CPU of the default.
  return zlib.gunzipSync(compressed, { chunkSize: 8 * 1024 * 1024 });
}

/** The copy's first line: the length and CRC-32 of the WebAssembly that follows it. */
const header = (length: number, crc: number) =>
  `hcl2json length=${length} crc32=${crc.toString(16).padStart(8, "0")}\n`;

/** What the copy's first line must say for the content a gzip `trailer` describes: its length and CRC-32. */
function copyHeader(trailer: Buffer | undefined): string {
  return trailer ? header(trailer.readUInt32LE(4), trailer.readUInt32LE(0)) : header(0, 0);
}

/** The build's copy in `folder` when it holds the content the installed file's gzip `trailer` describes, whole. */
export function checkedCopy(folder: string, trailer: Buffer | undefined): Uint8Array | undefined {
  if (!trailer) return undefined; // no gzip file describes any content: nothing to check a copy against
  let copy: Buffer;
  try {
    copy = fs.readFileSync(path.join(folder, PARSER_COPY_FILE));
  } catch {
    return undefined; // a checkout run from its sources, or a package built without the copy
  }
  const newline = copy.indexOf(0x0a);
  const bytes = copy.subarray(newline + 1);
  const expected = copyHeader(trailer);
  const intact =
    newline > 0 &&
    copy.subarray(0, newline + 1).toString("latin1") === expected &&
    expected === header(bytes.length, zlib.crc32(bytes));
  return intact ? bytes : undefined;
}

/** The parser's WebAssembly, uncompressed: the build's copy when it holds the installed file's content, else decompressed. */
export function parserBytes(): Uint8Array {
  return checkedCopy(__dirname, installedTrailer()) ?? decompress(installedParser());
}

/** Writes the decompressed copy into `folder` (the build: dist/src/inventory/hcl). */
export function writeParserCopy(folder: string): void {
  const compressed = installedParser();
  const bytes = decompress(compressed);
  fs.writeFileSync(
    path.join(folder, PARSER_COPY_FILE),
    Buffer.concat([Buffer.from(copyHeader(gzipTrailer(compressed)), "latin1"), bytes]),
  );
}
