// Runs every sample output of the README, CONTRIBUTING.md and docs/ for real (test/docs/doc-samples.test.ts does the same).
//   npx tsx scripts/doc-samples.ts                 report each sample that differs from its run
//   npx tsx scripts/doc-samples.ts --update        also write the real output into the page (review the diff)
//   npx tsx scripts/doc-samples.ts docs/drift.md   only the samples of these pages
import { documentationFiles } from "./docs/sample-markers";
import { runGroup, sampleGroups, updatePages, type SampleOutcome } from "./docs/doc-samples";

const update = process.argv.includes("--update");
const named = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
const outcomes: SampleOutcome[] = [];
for (const group of sampleGroups(named.length > 0 ? named : documentationFiles(`${__dirname}/..`)))
  runGroup(group, (outcome) => {
    const { sample, same, problem } = outcome;
    const verdict = problem ?? (same ? "same" : "DIFFERS");
    console.log(`${sample.file}:${sample.line}  ${verdict}  ${sample.spec.command}`);
    outcomes.push(outcome);
  });
const wrong = outcomes.filter((outcome) => outcome.problem !== undefined);
const differing = outcomes.filter((outcome) => !outcome.same);
if (update) for (const file of updatePages(differing)) console.log(`wrote ${file}`);
console.log(`${outcomes.length} samples: ${differing.length} differ, ${wrong.length} with another exit code`);
process.exitCode = wrong.length > 0 || (differing.length > 0 && !update) ? 1 : 0;
