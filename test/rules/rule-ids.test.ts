import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { ClassifiedElement } from "../../src/classify/model";
import { exceptionCheckNote } from "../../src/exceptions/exception-checks";
import type { ExceptionVerdict } from "../../src/exceptions/validate-exception";
import type { ArtifactFinding } from "../../src/report/gate-report";
import { ALL_IDS, registeredId } from "../../src/report/registered-ids";
import { ALL_RULES, type RuleId } from "../../src/rules/registry";
import { declareRule, type Finding } from "../../src/rules/rule";
import { runDpia } from "../helpers/run-cli";

const root = path.join(__dirname, "..", "..");
/** An id as prose names it, e.g. `GC-FLW-5` or `CLS-FIELD-COMBINATION`. */
const ID = /\b(?:GC|CLS|EXC)-[A-Z]+(?:-[A-Z0-9]+)*/g;

describe("one table of every id the tool can emit", () => {
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

  test("every id a declaration's text names is declared", () => {
    const undeclared = ALL_IDS.flatMap((entry) =>
      [entry.description, entry.rationale, entry.remediation].flatMap((text) =>
        [...text.matchAll(ID)].filter((match) => !registeredId(match[0])).map((match) => `${match[0]} (${entry.id})`),
      ),
    );
    expect(undeclared).toEqual([]);
    expect("emit CLS-MADE-UP and EXC-NEW here".match(ID)).toEqual(["CLS-MADE-UP", "EXC-NEW"]);
  });

  test("an id is looked up case-insensitively, and one the tool never emits is unknown", () => {
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
      const result = runDpia(["explain", id]);
      expect(result.status).toBe(0);
      const entry = registeredId(id)!;
      expect(result.stdout).toContain(`${entry.id} ${entry.name} (${entry.severity}`);
      expect(result.stdout).toContain(entry.rationale);
      expect(result.stdout).toContain(entry.remediation);
    },
    120_000,
  );
});

describe("an id no declaration makes does not compile (npm run typecheck checks each @ts-expect-error)", () => {
  const finding: Finding = { rule_id: "GC-FLW-1", severity: "Critical", message: "m", resource: "r" };
  const findingOf = (findings: Finding[], id: RuleId) => findings.find((candidate) => candidate.rule_id === id);

  test("a rule id: in a finding, in code that looks a finding up, in a rule's declaration", () => {
    // @ts-expect-error GC-FLW-9 is declared by no rule
    const misspelt: Finding = { ...finding, rule_id: "GC-FLW-9" };
    // @ts-expect-error GC-FLOW-5 is declared by no rule (GC-FLW-5 is)
    expect(findingOf([finding, misspelt], "GC-FLOW-5")).toBeUndefined();
    expect(findingOf([finding], "GC-FLW-1")).toBe(finding);
    const rule = declareRule({
      // @ts-expect-error a rule's id has the form GC-<area>-<n>
      id: "GC-FLW1",
      name: "Misspelt",
      severity: "Low",
      description: "d",
      rationale: "r",
      remediation: "f",
      target: "subject",
      check: () => [],
    });
    expect(registeredId(rule.id)).toBeUndefined();
  });

  test("a classification rule, an exception check and an artifact check", () => {
    // @ts-expect-error CLS-FIELD-COMBINATON is misspelt
    const element: ClassifiedElement = { element: "contact_pii", rule: "CLS-FIELD-COMBINATON", evidence: [] };
    // @ts-expect-error EXC-TWO-APPROVER is misspelt
    const verdict: ExceptionVerdict = { valid: false, rule: "EXC-TWO-APPROVER", message: "m" };
    // @ts-expect-error EXC-DP0 is misspelt
    const note = exceptionCheckNote("EXC-DP0", "m");
    // @ts-expect-error GC-ART-4 is declared by no artifact check
    const artifact: ArtifactFinding = { rule_id: "GC-ART-4", severity: "Critical", dpia_id: "d", message: "m" };
    const named = [element.rule, verdict.valid ? "" : verdict.rule, note.split(":")[0]!, artifact.rule_id];
    expect(named.filter((id) => registeredId(id))).toEqual([]);
  });
});
