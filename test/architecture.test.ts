import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";

/** The pipeline, left to right (DESIGN.md). A stage imports only from itself and stages to its left. */
const STAGES = [
  "validation",
  "hosts",
  "inventory",
  "catalog",
  "vendors",
  "policy",
  "classify",
  "flows",
  "rules",
  "assess",
  "dpia",
  "trust",
  "exceptions",
  "report",
  "register",
  "tickets",
  "gate",
  "drift",
  "watch",
  "cli",
];
const src = path.join(__dirname, "..", "src");

function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join(dir, file));
}

describe("architecture", () => {
  test("every folder of src/ is a known stage", () => {
    const folders = fs.readdirSync(src).filter((name) => fs.statSync(path.join(src, name)).isDirectory());
    expect(folders.filter((folder) => !STAGES.includes(folder))).toEqual([]);
  });

  test("a stage imports only from the stages before it", () => {
    const violations: string[] = [];
    for (const stage of STAGES) {
      const dir = path.join(src, stage);
      if (!fs.existsSync(dir)) continue;
      for (const file of filesOf(dir)) {
        for (const match of fs.readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
          const target = path.relative(src, path.resolve(path.dirname(file), match[1]!)).split(path.sep)[0]!;
          if (STAGES.includes(target) && STAGES.indexOf(target) > STAGES.indexOf(stage))
            violations.push(`${path.relative(src, file)} imports ${target}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  test("the engine never imports the CDKTF adapter or cdktf itself", () => {
    const offenders = filesOf(src)
      .filter((file) => !file.endsWith(path.join("src", "index.ts")))
      .filter((file) =>
        /from "(cdktf|constructs|\.\.\/+aspects|\.\.\/\.\.\/aspects)/.test(fs.readFileSync(file, "utf8")),
      );
    expect(offenders.map((file) => path.relative(src, file))).toEqual([]);
  });
});
