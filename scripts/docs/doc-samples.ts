// Every sample output in the README, CONTRIBUTING.md and docs/, run for real and compared with what the page shows.
import * as fs from "node:fs";
import * as path from "node:path";
import { documentationFiles, findSamples, type Sample } from "./sample-markers";
import { normalise, runSample, type SampleRun } from "./sample-run";
import { makeSandbox, type Sandbox } from "./sample-sandbox";

export const REPOSITORY = path.resolve(__dirname, "..", "..");

export interface SampleOutcome {
  sample: Sample;
  run: SampleRun;
  /** The page shows what the run printed, apart from what legitimately varies. */
  same: boolean;
  /** What was wrong besides the text (an exit code other than the sample says). */
  problem: string | undefined;
}

/** The samples of the pages, in runs: one sandbox per session (or per sample without one), in page order. */
export function sampleGroups(files = documentationFiles(REPOSITORY)): Sample[][] {
  const groups = new Map<string, Sample[]>();
  files.forEach((file) =>
    findSamples(path.join(REPOSITORY, file)).forEach((sample, index) => {
      const key = `${file}#${sample.spec.session ?? `sample ${index}`}`;
      groups.set(key, [...(groups.get(key) ?? []), { ...sample, file }]);
    }),
  );
  return [...groups.values()];
}

/** Runs a group's samples one after the other in one sandbox, handing each outcome to `each`. */
export function runGroup(group: Sample[], each: (outcome: SampleOutcome) => void): void {
  const sandbox: Sandbox = makeSandbox(
    REPOSITORY,
    group.flatMap((sample) => sample.spec.copies),
  );
  try {
    for (const sample of group) each(outcomeOf(sample, runSample(sample.spec, sandbox)));
  } finally {
    sandbox.remove();
  }
}

function outcomeOf(sample: Sample, run: SampleRun): SampleOutcome {
  const same = normalise(sample.shown, sample.spec.vary) === normalise(run.text, sample.spec.vary);
  const problem =
    run.exit === sample.spec.exit
      ? undefined
      : `exited ${run.exit ?? "by a signal"}, the sample says ${sample.spec.exit}`;
  return { sample, run, same, problem };
}

/** Writes what each run printed into its page, where the page differs. */
export function updatePages(outcomes: SampleOutcome[]): string[] {
  const changed = outcomes.filter((outcome) => !outcome.same);
  const files = [...new Set(changed.map((outcome) => outcome.sample.file))];
  for (const file of files) {
    const absolute = path.join(REPOSITORY, file);
    let text = fs.readFileSync(absolute, "utf8");
    const inFile = changed.filter((outcome) => outcome.sample.file === file);
    // From the end, so that the offsets of the samples before stay right.
    for (const { sample, run } of inFile.sort((a, b) => b.sample.start - a.sample.start))
      text = `${text.slice(0, sample.start)}${run.text}\n${text.slice(sample.end)}`;
    fs.writeFileSync(absolute, text);
  }
  return files;
}
