import { beforeAll, describe, expect, test } from "vitest";
import { readCases, type Observed } from "../scripts/accuracy/cases";
import { missList } from "../scripts/accuracy/print";
import { CASE_TIMEOUT_MS, runGatePool } from "../scripts/accuracy/run-gate";
import { scoreCase, type CaseScore } from "../scripts/accuracy/score";

/**
 * The real-world set (test/real-world/, `npm run accuracy`): public Genesys configurations labelled
 * by a DPO before the gate ran on them. A verdict that changes fails here until observed.json is
 * refreshed (`npm run accuracy -- --update`, then review the diff); a configuration the DPO would
 * block must be blocked; the whole set may hold at most two false positives (issue 24).
 */
const cases = readCases();
let results = new Map<string, Promise<Observed>>();

/** What a verdict is: the exit code and each DPIA subject's status. */
function verdict(observed: Observed | undefined) {
  return observed && { exit: observed.exit, dpias: observed.dpias.map((dpia) => [dpia.subject, dpia.status]) };
}

async function score(name: string): Promise<CaseScore> {
  const realWorldCase = cases.find((each) => each.name === name);
  const observed = results.get(name);
  if (!realWorldCase || !observed) throw new Error(`no run for ${name}`);
  return scoreCase(name, realWorldCase.label, await observed);
}

describe("real-world set: the gate on public Genesys configurations, against a DPO's labels", () => {
  // Two at a time, in the order of the tests: each test waits for its own case, at most one run behind.
  beforeAll(() => {
    results = runGatePool(cases);
  });

  test.each(cases.map((each) => each.name))(
    "%s: the verdict recorded in observed.json, and nothing the DPO blocks gets through",
    async (name) => {
      const scored = await score(name);
      const recorded = cases.find((each) => each.name === name)?.observed;
      expect(recorded, "no observed.json: run npm run accuracy -- --update").toBeDefined();
      expect(verdict(scored.observed), missList([scored])).toEqual(verdict(recorded));
      const missed = scored.subjects.filter((subject) => subject.outcome === "FN").map((subject) => subject.subject);
      expect(missed, missList([scored])).toEqual([]);
      expect(scored.outcome, missList([scored])).not.toBe("FN");
    },
    2 * CASE_TIMEOUT_MS,
  );

  test(
    "at most two false positives in the whole set, each named",
    async () => {
      const scores = await Promise.all(cases.map((each) => score(each.name)));
      const falsePositives = scores.filter((scored) => scored.outcome === "FP");
      expect(falsePositives.map((scored) => scored.name).length, missList(falsePositives)).toBeLessThanOrEqual(2);
    },
    2 * CASE_TIMEOUT_MS,
  );

  test(
    "every configuration is assessed (no exit 2: each one is a configuration Terraform can plan)",
    async () => {
      const scores = await Promise.all(cases.map((each) => score(each.name)));
      const unassessed = scores.filter((scored) => scored.observed.exit !== 0 && scored.observed.exit !== 1);
      expect(
        unassessed.map((scored) => scored.name),
        missList(unassessed),
      ).toEqual([]);
    },
    2 * CASE_TIMEOUT_MS,
  );
});
