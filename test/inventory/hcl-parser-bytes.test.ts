import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { describe, expect, test } from "vitest";
import { hcl2jsonFolder, parserBytes, writeParserCopy } from "../../src/inventory/hcl/parser-bytes";
import { tempDir } from "../helpers/stacks";

// The build's decompressed copy of the HCL parser is used only when it is that of the installed @cdktf/hcl2json,
// whole; anything else is the installed file, decompressed.

const installed = zlib.gunzipSync(fs.readFileSync(path.join(hcl2jsonFolder(), "main.wasm.gz")));
const same = (bytes: Uint8Array) => Buffer.compare(Buffer.from(bytes), installed) === 0;

describe("the HCL parser's bytes", () => {
  test("the build's copy is read, and it holds the installed parser's bytes", () => {
    const folder = tempDir("dpia-parser-bytes-");
    writeParserCopy(folder);
    const copy = fs.readFileSync(path.join(folder, "hcl2json.wasm"));
    const bytes = parserBytes(folder);
    expect(same(bytes)).toBe(true);
    expect(bytes.byteLength).toBe(copy.length - copy.indexOf(0x0a) - 1);
    // Taken from the copy, not decompressed: the copy's body changed, and what is answered changed with it.
    copy[copy.length - 1] = copy[copy.length - 1]! ^ 0xff;
    fs.writeFileSync(path.join(folder, "hcl2json.wasm"), copy);
    expect(same(parserBytes(folder))).toBe(false);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("no copy, a copy of another version, a copy cut short or without its first line: the installed file, decompressed", () => {
    const folder = tempDir("dpia-parser-bytes-");
    expect(same(parserBytes(folder))).toBe(true);
    writeParserCopy(folder);
    const file = path.join(folder, "hcl2json.wasm");
    const copy = fs.readFileSync(file);
    const newline = copy.indexOf(0x0a);
    const header = copy.subarray(0, newline).toString("latin1");
    const body = copy.subarray(newline + 1);
    const otherVersion = header.replace(/ [0-9a-f]{64} /, ` ${"0".repeat(64)} `);
    const variants = [
      Buffer.concat([Buffer.from(`${otherVersion}\n`), Buffer.alloc(body.length, 0)]),
      copy.subarray(0, copy.length - 1000),
      body,
      Buffer.alloc(0),
    ];
    for (const variant of variants) {
      fs.writeFileSync(file, variant);
      expect(same(parserBytes(folder))).toBe(true);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("npm run build leaves the copy beside the compiled parser", () => {
    const dist = path.resolve(__dirname, "../../dist/src/inventory/hcl");
    expect(fs.existsSync(path.join(dist, "hcl-wasm.js")), "run npm run build").toBe(true);
    expect(same(parserBytes(dist))).toBe(true);
    expect(fs.readFileSync(path.join(dist, "hcl2json.wasm")).subarray(0, 9).toString()).toBe("hcl2json ");
  });
});
