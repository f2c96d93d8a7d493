import { describe, expect, test } from "vitest";
import { ALL_IDS } from "../../src/report/registered-ids";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";

describe("dpia explain --list", () => {
  test(
    "lists every rule and check once: id, severity, what it checks; a rule id with --list, or neither, is a usage error",
    () => {
      const listed = runDpia(["explain", "--list"]);
      expect(listed.status, listed.stderr).toBe(0);
      const lines = listed.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(ALL_IDS.length);
      for (const [at, rule] of ALL_IDS.entries()) {
        const [id, severity, ...what] = lines[at]!.split(/ {2,}/);
        expect([id, severity]).toEqual([rule.id, rule.severity]);
        expect(what.join("  ")).toContain(rule.description);
      }
      expect(lines.some((line) => /^GC-FLW-1 +Critical +/.test(line))).toBe(true);
      expect(lines.some((line) => /^EXC-\S+ +\S+ +exception check: /.test(line))).toBe(true);
      const both = runDpia(["explain", "GC-FLW-1", "--list"]);
      expect([both.status, both.stderr]).toEqual([
        2,
        'dpia: explain: give a rule id or --list, not both (got "GC-FLW-1" and --list)\n',
      ]);
      const neither = runDpia(["explain"]);
      expect([neither.status, neither.stderr]).toEqual([
        2,
        "dpia: explain: give a rule id (e.g. GC-FLW-1), or --list for all\n",
      ]);
    },
    CLI,
  );
});
