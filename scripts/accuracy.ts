/**
 * Accuracy of the gate on real public Genesys configurations (test/real-world/): runs the real
 * `dpia gate` on every case, two at a time, and prints the confusion table of the DPO's labels
 * against its verdicts, per case and in total, then every false positive and false negative with
 * the findings that block.
 *
 *   npm run accuracy                      every case
 *   npm run accuracy -- <case> ...        only those
 *   npm run accuracy -- --update          also write each case's observed.json (review the diff)
 *
 * Exit 1 when there is any false negative.
 */
import { readCases, writeObserved } from "./accuracy/cases";
import { confusionTable, missList } from "./accuracy/print";
import { runGatePool } from "./accuracy/run-gate";
import { scoreCase, type CaseScore } from "./accuracy/score";

async function main(argv: string[]): Promise<number> {
  const update = argv.includes("--update");
  const cases = readCases(argv.filter((arg) => arg !== "--update"));
  const results = runGatePool(cases);
  const scores: CaseScore[] = [];
  for (const realWorldCase of cases) {
    const observed = await (results.get(realWorldCase.name) as Promise<CaseScore["observed"]>);
    if (update) writeObserved(realWorldCase, observed);
    const score = scoreCase(realWorldCase.name, realWorldCase.label, observed);
    process.stderr.write(`${score.outcome.padEnd(5)} ${realWorldCase.name}\n`);
    scores.push(score);
  }
  process.stdout.write(`${confusionTable(scores)}\n\n${missList(scores)}\n`);
  const falseNegatives = scores.some(
    (score) => score.outcome === "FN" || score.subjects.some((subject) => subject.outcome === "FN"),
  );
  return falseNegatives ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`accuracy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
