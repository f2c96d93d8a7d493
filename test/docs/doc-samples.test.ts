// Every sample output in the README, CONTRIBUTING.md and docs/ is what a real run prints today, so none can go stale.
// Each runs in a sandbox that links the repository (scripts/docs/sample-sandbox.ts); times, dates, durations,
// random keys and temporary paths are compared as placeholders (scripts/docs/sample-run.ts).
import { describe, expect, it } from "vitest";
import { runGroup, sampleGroups, type SampleOutcome } from "../../scripts/docs/doc-samples";
import { normalise } from "../../scripts/docs/sample-run";

/** A group runs its samples one after the other; a real `cdktf synth` on a loaded machine is the slowest. */
const PER_SAMPLE_MS = 300_000;

describe("doc samples: every sample output in the docs is a real run's", () => {
  for (const group of sampleGroups()) {
    const first = group[0]!;
    const name = `${first.file}:${group.map((sample) => sample.line).join(",")}  ${first.spec.command}`;
    it(
      name,
      () => {
        const outcomes: SampleOutcome[] = [];
        runGroup(group, (outcome) => outcomes.push(outcome));
        for (const { sample, run } of outcomes) {
          const where = `${sample.file}:${sample.line} (npx tsx scripts/doc-samples.ts --update ${sample.file})`;
          expect(run.exit, `${where}: exit code`).toBe(sample.spec.exit);
          expect(normalise(sample.shown, sample.spec.vary), where).toBe(normalise(run.text, sample.spec.vary));
        }
      },
      PER_SAMPLE_MS * group.length,
    );
  }
});
