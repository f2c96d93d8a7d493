import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { ALL_IDS, ALL_RULES, registeredId } from "../../src/rules/registry";

const root = path.join(__dirname, "..", "..");
const ID = /\b(GC|CLS|EXC)-[A-Z]+-?[A-Z0-9]*\b/g;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|cjs|js)$/.test(file))
    .map((file) => path.join(dir, file));
}

/** Every id literal in the shipped source, with a place it occurs. */
function emittedIds(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [
    ...sourceFiles(path.join(root, "src")),
    ...sourceFiles(path.join(root, "aspects")),
    ...sourceFiles(path.join(root, "bin")),
  ]) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(ID)) {
      // `GC-ART-*` names the family in prose; it is not an id.
      if (text.startsWith("-*", match.index + match[0].length)) continue;
      if (!found.has(match[0])) found.set(match[0], path.relative(root, file));
    }
  }
  return found;
}

describe("one registry of every id the tool can emit", () => {
  test("every id literal in src/, aspects/ and bin/ is registered", () => {
    const unregistered = [...emittedIds()].filter(([id]) => !registeredId(id)).map(([id, file]) => `${id} (${file})`);
    expect(unregistered).toEqual([]);
  });

  test("every registered CLS-, EXC- and GC-ART- id is emitted somewhere outside the registry (no stale entries)", () => {
    const outside = new Set<string>();
    for (const file of sourceFiles(path.join(root, "src"))) {
      if (file.includes(path.join("rules", "registered"))) continue;
      for (const match of fs.readFileSync(file, "utf8").matchAll(ID)) outside.add(match[0]);
    }
    const stale = ALL_IDS.filter((entry) => entry.kind !== "rule" && !outside.has(entry.id)).map((entry) => entry.id);
    expect(stale).toEqual([]);
  });

  test("ids are unique and each kind keeps its prefix", () => {
    const ids = ALL_IDS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of ALL_IDS) {
      const prefix = {
        rule: /^GC-(?!ART-)[A-Z]+-\d+$/,
        classification: /^CLS-[A-Z-]+$/,
        exception: /^EXC-[A-Z-]+$/,
        artifact: /^GC-ART-\d+$/,
      }[entry.kind];
      expect(entry.id, `${entry.id} (${entry.kind})`).toMatch(prefix);
      for (const text of [entry.name, entry.description, entry.rationale, entry.remediation])
        expect(text.length, `${entry.id}`).toBeGreaterThan(3);
    }
    expect(ALL_IDS.filter((entry) => entry.kind === "rule")).toHaveLength(ALL_RULES.length);
  });

  test("the grep would catch an id that is not registered", () => {
    expect("emit CLS-MADE-UP and EXC-NEW here".match(ID)).toEqual(["CLS-MADE-UP", "EXC-NEW"]);
    expect(registeredId("CLS-MADE-UP")).toBeUndefined();
    expect(registeredId("cls-unknown")?.kind).toBe("classification");
  });

  test("RULES.md lists every registered id", () => {
    const rulesMd = fs.readFileSync(path.join(root, "RULES.md"), "utf8");
    expect(
      ALL_IDS.filter((entry) => !rulesMd.includes(`### ${entry.id}\n\n**${entry.name}**`)).map((entry) => entry.id),
    ).toEqual([]);
  });

  test.each(["cls-free-text", "EXC-DPO", "GC-ART-3", "GC-FLW-5"])(
    "dpia explain %s prints what, why and how to fix",
    (id) => {
      const result = spawnSync(process.execPath, [path.join(root, "bin", "dpia.cjs"), "explain", id], {
        encoding: "utf8",
        env: { ...process.env, FORCE_COLOR: "0" },
        timeout: 120_000,
      });
      expect(result.status).toBe(0);
      const entry = registeredId(id)!;
      expect(result.stdout).toContain(`${entry.id} ${entry.name} (${entry.severity}`);
      expect(result.stdout).toContain(entry.rationale);
      expect(result.stdout).toContain(entry.remediation);
    },
    120_000,
  );
});
