import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { ALL_RULES } from "../../src/rules/registry";
import { renderRulesMarkdown } from "../../src/report/rules-markdown";

describe("rule registry", () => {
  test("holds exactly these rules, so a rule lost in a refactor fails the build", () => {
    expect(ALL_RULES.map((rule) => rule.id).sort()).toEqual([
      "GC-ACT-1",
      "GC-ACT-2",
      "GC-ACT-3",
      "GC-ACT-4",
      "GC-CON-1",
      "GC-CTR-1",
      "GC-CTR-2",
      "GC-CTR-3",
      "GC-DST-1",
      "GC-DST-2",
      "GC-DST-3",
      "GC-DST-4",
      "GC-DST-5",
      "GC-DTR-1",
      "GC-EML-1",
      "GC-EXP-1",
      "GC-EXP-2",
      "GC-FLOW-1",
      "GC-FLOW-2",
      "GC-FLW-1",
      "GC-FLW-2",
      "GC-FLW-3",
      "GC-FLW-4",
      "GC-FLW-5",
      "GC-HOOK-1",
      "GC-HOOK-2",
      "GC-IDP-1",
      "GC-IDP-2",
      "GC-INT-1",
      "GC-INT-2",
      "GC-INT-3",
      "GC-JRN-1",
      "GC-MID-1",
      "GC-MSG-1",
      "GC-MSG-2",
      "GC-OAC-1",
      "GC-OAC-2",
      "GC-OAC-3",
      "GC-OAC-4",
      "GC-OAC-5",
      "GC-OAC-6",
      "GC-OAC-7",
      "GC-OAC-8",
      "GC-OAC-9",
      "GC-OUT-1",
      "GC-OUT-2",
      "GC-PAIR-1",
      "GC-PPL-1",
      "GC-PPL-2",
      "GC-PPL-3",
      "GC-PPL-4",
      "GC-PRV-1",
      "GC-PRV-2",
      "GC-PRV-3",
      "GC-PRV-4",
      "GC-PRV-5",
      "GC-REC-1",
      "GC-REC-2",
      "GC-REC-3",
      "GC-RTE-1",
      "GC-RTE-2",
      "GC-SCR-1",
      "GC-TEL-1",
      "GC-TEL-2",
      "GC-TRF-1",
      "GC-TRF-2",
      "GC-TRF-3",
      "GC-TSK-1",
      "GC-TSK-2",
      "GC-UNK-1",
      "GC-UNK-2",
      "GC-UNK-3",
      "GC-UNK-4",
      "GC-VEN-1",
      "GC-VEN-2",
      "GC-VEN-3",
      "GC-VEN-4",
      "GC-VEN-5",
      "GC-VEN-6",
      "GC-VEN-7",
      "GC-VEN-8",
      "GC-VOL-1",
      "GC-VOL-2",
      "GC-WEB-1",
      "GC-WEB-2",
      "GC-WEB-3",
    ]);
  });

  test("every rule lives in a file named after it", () => {
    const files = fs.readdirSync(path.join(__dirname, "../../src/rules"), { recursive: true }).map(String);
    for (const rule of ALL_RULES) expect(files.some((file) => file.endsWith(`${rule.name}.ts`))).toBe(true);
  });

  test("every rule has a test file beside its source's path, with a Noncompliance and a Compliance test", () => {
    const sources = fs.readdirSync(path.join(__dirname, "../../src/rules"), { recursive: true }).map(String);
    for (const rule of ALL_RULES) {
      const source = sources.find((file) => path.basename(file) === `${rule.name}.ts`)!;
      const file = path.join(__dirname, source.replace(/\.ts$/, ".test.ts"));
      expect(fs.existsSync(file), `${rule.id} has no test file ${path.relative(__dirname, file)}`).toBe(true);
      const text = fs.readFileSync(file, "utf8");
      const titles = [...text.matchAll(/^describe\("([^"]*)"/gm)].map((match) => match[1]!);
      expect(titles.length, `${rule.id} has no describe block`).toBeGreaterThan(0);
      for (const title of titles) expect(title.startsWith(`${rule.id} ${rule.name}: `), `"${title}"`).toBe(true);
      expect(text, `${rule.id} lacks a Noncompliance test`).toMatch(/test\("Noncompliance/);
      expect(text, `${rule.id} lacks a Compliance test`).toMatch(/test\("Compliance/);
    }
  });

  test("RULES.md is generated from the rules and up to date (npm run rules:md)", () => {
    expect(fs.readFileSync(path.join(__dirname, "../../RULES.md"), "utf8")).toBe(renderRulesMarkdown());
  });
});
