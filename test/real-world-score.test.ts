import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readCases, type Label, type Observed } from "../scripts/accuracy/cases";
import { confusionTable, missList } from "../scripts/accuracy/print";
import { scoreCase } from "../scripts/accuracy/score";
import { tempDir } from "./helpers/stacks";

/** The measuring instrument of the real-world set (scripts/accuracy): a miss is never scored as a hit. */
const card = "module.pay.genesyscloud_integration_action.card";
const lookup = "module.lookup.genesyscloud_integration_action.queue";

function label(blocks: string[], high: string[] = []): Label {
  const entry = (address: string) => ({ address, why: "test" });
  return {
    expected_exit: blocks.length > 0 ? 1 : 0,
    blocks: blocks.map(entry),
    high: high.map(entry),
    why: "test",
    labelled_before_gate: true,
  };
}

function dpia(subject: string, blocked: boolean, addresses: string[], risk = blocked ? "Critical" : "Low") {
  const status = blocked ? ("BLOCKED_FOR_DEPLOYMENT" as const) : ("APPROVED_FOR_DEPLOYMENT" as const);
  return { subject, status, risk, addresses: [subject, ...addresses], blocking_findings: blocked ? ["GC-X-1"] : [] };
}

describe("scoring a case: the label against the gate's answer", () => {
  test("what the DPO blocks and the gate blocks is a true positive, at both levels", () => {
    const observed: Observed = { exit: 1, dpias: [dpia("module.pay.genesyscloud_integration.i", true, [card])] };
    const score = scoreCase("c", label([card]), observed);
    expect(score.outcome).toBe("TP");
    expect(score.subjects.map((subject) => subject.outcome)).toEqual(["TP"]);
  });

  test("a labelled block that no DPIA holds is a false negative, even when the case as a whole is blocked", () => {
    const observed: Observed = { exit: 1, dpias: [dpia("module.other.genesyscloud_integration.i", true, [])] };
    const score = scoreCase("c", label([card]), observed);
    expect(score.outcome).toBe("TP");
    expect(score.subjects.map((subject) => [subject.subject, subject.outcome])).toEqual([
      ["module.other.genesyscloud_integration.i", "FP"],
      [card, "FN"],
    ]);
    expect(missList([score])).toContain(`${card} (no DPIA holds it)`);
  });

  test("exit 2 on a case the DPO would block is a false negative; on one they would approve, an error", () => {
    const unassessed: Observed = { exit: 2, error: "dpia: <case>/config/main.tf: line 1", dpias: [] };
    expect(scoreCase("c", label([card]), unassessed).outcome).toBe("FN");
    const approved = scoreCase("c", label([]), unassessed);
    expect(approved.outcome).toBe("ERROR");
    expect(missList([approved])).toContain("dpia: <case>/config/main.tf: line 1");
    expect(scoreCase("c", label([]), { exit: null, error: "killed", dpias: [] }).outcome).toBe("ERROR");
  });

  test("a block the DPO would approve is a false positive, listed with its findings; High is only a warning", () => {
    const observed: Observed = { exit: 1, dpias: [dpia("module.lookup.genesyscloud_integration.i", true, [lookup])] };
    const score = scoreCase("c", label([], [lookup]), observed);
    expect(score.outcome).toBe("FP");
    expect(score.high).toEqual([{ address: lookup, gateRisk: "Critical" }]);
    expect(missList([score])).toContain("GC-X-1");
    expect(confusionTable([score])).toMatch(/cases: TP 0, FP 1, TN 0, FN 0, ERROR 0/);
  });
});

describe("reading the cases", () => {
  function caseFolder(files: Record<string, unknown>): string {
    const root = tempDir("real-world-cases-");
    const dir = path.join(root, "bp-x");
    fs.mkdirSync(path.join(dir, "config"), { recursive: true });
    for (const [name, content] of Object.entries(files))
      fs.writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
    return root;
  }
  const source = {
    repository: "o/r",
    commit: "a".repeat(40),
    paths: ["."],
    license: "MIT",
    license_note: "MIT",
    fetched: "2026-12-05",
  };

  test("a label that is not one a DPO wrote before the gate ran is refused, naming the file", () => {
    const root = caseFolder({ "source.json": source, "label.json": { ...label([]), expected_exit: 2 } });
    expect(() => readCases([], root)).toThrow(/bp-x\/label\.json[\s\S]*expected_exit/);
    const unlabelled = caseFolder({
      "source.json": source,
      "label.json": { ...label([]), labelled_before_gate: false },
    });
    expect(() => readCases([], unlabelled)).toThrow(/labelled_before_gate/);
  });

  test("a case named that does not exist, or JSON that does not parse, is an error naming it", () => {
    const root = caseFolder({ "source.json": source, "label.json": "{" });
    expect(() => readCases([], root)).toThrow(/bp-x\/label\.json/);
    expect(() => readCases(["bp-y"], root)).toThrow(/no such case.*bp-y/);
  });

  test("gate.json's policy is passed with --policy from the case folder, after its arguments", () => {
    const root = caseFolder({
      "source.json": source,
      "label.json": label([]),
      "gate.json": { args: ["--region", "eu-west-1"], policy: "dpia.policy.json" },
    });
    const [read] = readCases([], root);
    expect(read?.gateArgs).toEqual(["--region", "eu-west-1", "--policy", path.join(root, "bp-x", "dpia.policy.json")]);
  });
});
