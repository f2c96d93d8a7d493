import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  checkedCopy,
  gzipTrailer,
  hcl2jsonFolder,
  parserBytes,
  writeParserCopy,
} from "../../src/inventory/hcl/parser-bytes";
import { tempDir } from "../helpers/stacks";

// The build's decompressed copy of the HCL parser is used only when it holds the installed @cdktf/hcl2json's content,
// whole (its length and CRC-32, as the gzip trailer gives them); anything else is the installed file, decompressed.

const compressed = fs.readFileSync(path.join(hcl2jsonFolder(), "main.wasm.gz"));
const installed = zlib.gunzipSync(compressed);
const trailer = gzipTrailer(compressed);
const same = (bytes: Uint8Array | undefined) => !!bytes && Buffer.compare(Buffer.from(bytes), installed) === 0;

describe("the HCL parser's bytes", () => {
  test("the build's copy, whole, is what is read: the installed parser's bytes", () => {
    const folder = tempDir("dpia-parser-bytes-");
    expect(checkedCopy(folder, trailer)).toBeUndefined();
    writeParserCopy(folder);
    expect(same(checkedCopy(folder, trailer))).toBe(true);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("a copy of another version, damaged, cut short, longer or without its first line is passed over", () => {
    const folder = tempDir("dpia-parser-bytes-");
    writeParserCopy(folder);
    const file = path.join(folder, "hcl2json.wasm");
    const copy = fs.readFileSync(file);
    const newline = copy.indexOf(0x0a);
    const header = copy.subarray(0, newline + 1);
    const body = copy.subarray(newline + 1);
    // The same length and header, one byte of a function body changed (lazy validation would find it only when called).
    const damaged = Buffer.from(copy);
    damaged[newline + 1 + Math.floor(body.length / 2)]! ^= 0x20;
    const otherVersion = Buffer.from(header.toString("latin1").replace(/crc32=[0-9a-f]{8}/, "crc32=00000000"));
    const variants = {
      damaged,
      "another version": Buffer.concat([otherVersion, body]),
      "cut short": copy.subarray(0, copy.length - 1000),
      longer: Buffer.concat([copy, Buffer.from([0])]),
      "without its first line": body,
      empty: Buffer.alloc(0),
    };
    for (const [name, variant] of Object.entries(variants)) {
      fs.writeFileSync(file, variant);
      expect(checkedCopy(folder, trailer), name).toBeUndefined();
    }
    // Another installed version than the copy was made from: its trailer says another content.
    fs.writeFileSync(file, copy);
    const another = zlib.gzipSync(Buffer.from("another parser"));
    expect(checkedCopy(folder, gzipTrailer(another))).toBeUndefined();
    // A file too short to be gzip has no trailer: no copy stands for it, not even an empty one saying length 0.
    expect(checkedCopy(folder, gzipTrailer(Buffer.alloc(17)))).toBeUndefined();
    fs.writeFileSync(file, "hcl2json length=0 crc32=00000000\n");
    expect(checkedCopy(folder, gzipTrailer(Buffer.alloc(17)))).toBeUndefined();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("npm run build leaves the copy beside the compiled parser, and a run reads the installed parser's bytes", () => {
    const dist = path.resolve(__dirname, "../../dist/src/inventory/hcl");
    expect(fs.existsSync(path.join(dist, "hcl-wasm.js")), "run npm run build").toBe(true);
    expect(same(checkedCopy(dist, trailer))).toBe(true);
    expect(same(parserBytes())).toBe(true);
  });
});
