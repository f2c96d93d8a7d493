import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { ALL_RULES } from "../../src/rules/registry";
import { renderRulesMarkdown } from "../../src/report/rules-markdown";

describe("rule registry", () => {
  test("holds exactly these rules, so a rule lost in a refactor fails the build", () => {
    expect(ALL_RULES.map((rule) => rule.id).sort()).toEqual([
      "GC-ACT-1", "GC-ACT-2", "GC-ACT-3", "GC-CON-1", "GC-DST-1", "GC-DST-2", "GC-DST-3", "GC-FLW-1", "GC-FLW-2", "GC-FLW-3", "GC-FLW-4", "GC-FLW-5",
      "GC-INT-1", "GC-INT-2", "GC-INT-3", "GC-MID-1",
      "GC-OAC-1", "GC-OAC-2", "GC-OAC-3", "GC-OAC-4", "GC-OAC-5", "GC-OAC-6", "GC-OAC-7", "GC-OAC-8", "GC-OAC-9",
      "GC-PRV-1", "GC-PRV-2", "GC-REC-1", "GC-REC-2", "GC-TRF-1", "GC-TRF-2", "GC-TRF-3", "GC-VOL-1", "GC-VOL-2", "GC-WEB-1", "GC-WEB-2",
    ]);
  });

  test("every rule lives in a file named after it", () => {
    const files = fs.readdirSync(path.join(__dirname, "../../src/rules"), { recursive: true }).map(String);
    for (const rule of ALL_RULES) expect(files.some((file) => file.endsWith(`${rule.name}.ts`))).toBe(true);
  });

  test("every rule has a Noncompliance and a Compliance test", () => {
    const dir = __dirname;
    const text = fs.readdirSync(dir).filter((f) => f.endsWith(".test.ts") && f !== "registry.test.ts").map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
    for (const rule of ALL_RULES) {
      const start = text.indexOf(`describe("${rule.id} ${rule.name}`);
      expect(start, `${rule.id} has no describe block`).toBeGreaterThanOrEqual(0);
      const block = text.slice(start, text.indexOf("\ndescribe(", start + 1) >>> 0 || undefined);
      expect(block, `${rule.id} lacks a Noncompliance test`).toMatch(/test\("Noncompliance/);
      expect(block, `${rule.id} lacks a Compliance test`).toMatch(/test\("Compliance/);
    }
  });

  test("RULES.md is generated from the rules and up to date (npm run rules:md)", () => {
    expect(fs.readFileSync(path.join(__dirname, "../../RULES.md"), "utf8")).toBe(renderRulesMarkdown());
  });
});
