import { describe, expect, test } from "vitest";
import { hclParserModule } from "../../src/inventory/hcl/hcl-wasm";
import { HclParser } from "../../src/inventory/hcl/parse-in-worker";

// Issue 28: the parser (Go compiled to WebAssembly) is compiled once and its worker kept; it is renewed when it
// holds too much memory or after a failure, never after a number of files.
const TIMEOUT_MS = 90_000;
const local = (index: number) => `locals {\n  n = ${index}\n}\n`;
const valueOf = (outcome: Awaited<ReturnType<HclParser["parse"]>>) =>
  outcome.ok ? (JSON.parse(outcome.json) as { locals: Array<{ n: number }> }).locals[0]!.n : outcome.message;

describe("the HCL parser worker", () => {
  test("1,200 files in a row are parsed by one worker, each with its own result", async () => {
    const parser = new HclParser();
    const outcomes = await Promise.all(
      Array.from({ length: 1_200 }, (_, index) => parser.parse(`f${index}.tf`, local(index), TIMEOUT_MS)),
    );
    expect(outcomes.map(valueOf)).toEqual(Array.from({ length: 1_200 }, (_, index) => index));
    expect(parser.starts).toBe(1);
  }, 120_000);

  test("a worker holding more memory than its limit is renewed before the next file", async () => {
    const parser = new HclParser(1);
    const outcomes = [];
    for (let index = 0; index < 3; index++) outcomes.push(await parser.parse(`f${index}.tf`, local(index), TIMEOUT_MS));
    expect(outcomes.map(valueOf)).toEqual([0, 1, 2]);
    expect(parser.starts).toBe(3);
  }, 120_000);

  test("a timeout renews the worker; invalid HCL does not (the parser answered)", async () => {
    const parser = new HclParser();
    const invalid = await parser.parse("bad.tf", "locals {\n  a = \n}\n", TIMEOUT_MS);
    expect(invalid).toMatchObject({ ok: false, kind: "invalid" });
    expect(valueOf(await parser.parse("after-invalid.tf", local(1), TIMEOUT_MS))).toBe(1);
    expect(parser.starts).toBe(1);
    const huge = Array.from({ length: 20_000 }, (_, index) => `locals {\n  n${index} = ${index}\n}\n`).join("");
    expect(await parser.parse("slow.tf", huge, 1)).toMatchObject({ ok: false, kind: "timed out" });
    expect(valueOf(await parser.parse("after-timeout.tf", local(2), TIMEOUT_MS))).toBe(2);
    expect(parser.starts).toBe(2);
  }, 120_000);

  test("the WebAssembly is compiled once per process and shared by every worker", () => {
    expect(hclParserModule()).toBe(hclParserModule());
  });
});
