/** The confusion table of the real-world set as text: one row per case, the total, then every miss. */
import { atLeastHigh, count, type CaseScore, type Outcome } from "./score";

const OUTCOMES: Outcome[] = ["TP", "FP", "TN", "FN"];

function subjectCounts(scores: CaseScore[]): string {
  const outcomes = scores.flatMap((score) => score.subjects.map((subject) => subject.outcome));
  return OUTCOMES.map((outcome) => String(count(outcomes, outcome)).padStart(3)).join(" ");
}

function highCounts(scores: CaseScore[]): string {
  const high = scores.flatMap((score) => score.high);
  return `${high.filter((entry) => atLeastHigh(entry.gateRisk)).length}/${high.length}`;
}

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, index) => cell.padEnd(widths[index] ?? 0))
    .join("  ")
    .trimEnd();
}

export function confusionTable(scores: CaseScore[]): string {
  const widths = [Math.max(5, ...scores.map((score) => score.name.length)), 5, 4, 5, 15, 10];
  const lines = [
    row(["case", "label", "gate", "case", "subjects", "high"], widths),
    row(["", "exit", "exit", "", " TP  FP  TN  FN", "gate≥High"], widths),
  ];
  for (const score of scores) {
    const gate = score.observed.exit === null ? "kill" : String(score.observed.exit);
    const cells = [score.name, String(score.label.expected_exit), gate, score.outcome];
    lines.push(row([...cells, subjectCounts([score]), highCounts([score])], widths));
  }
  const outcomes = scores.map((score) => score.outcome);
  const total = ["TP", "FP", "TN", "FN", "ERROR"].map((outcome) => `${outcome} ${count<string>(outcomes, outcome)}`);
  lines.push(row([`total (${scores.length} cases)`, "", "", "", subjectCounts(scores), highCounts(scores)], widths));
  lines.push(`cases: ${total.join(", ")}`);
  return lines.join("\n");
}

function findings(lines: string[], indent = "      "): string[] {
  return lines.length > 0 ? lines.map((line) => `${indent}${line}`) : [`${indent}(no finding at the block threshold)`];
}

function misses(scores: CaseScore[], outcome: "FP" | "FN"): string[] {
  const lines: string[] = [];
  for (const score of scores) {
    for (const subject of score.subjects.filter((each) => each.outcome === outcome)) {
      const where = subject.dpia ? `${subject.dpia.status}, risk ${subject.dpia.risk}` : "no DPIA holds it";
      lines.push(`  ${score.name}: ${subject.subject} (${where})`);
      for (const entry of subject.labelled) lines.push(`      label: ${entry.why}`);
      if (subject.dpia) lines.push(...findings(subject.dpia.blocking_findings));
    }
    if (score.outcome === outcome && score.subjects.every((subject) => subject.outcome !== outcome))
      lines.push(`  ${score.name}: exit ${String(score.observed.exit)}, label ${score.label.expected_exit}`);
  }
  return lines;
}

export function missList(scores: CaseScore[]): string {
  const errors = scores.filter((score) => score.observed.exit !== 0 && score.observed.exit !== 1);
  const sections = [
    ["False positives (blocked, a DPO would approve)", misses(scores, "FP")],
    ["False negatives (a DPO would block, the gate did not)", misses(scores, "FN")],
    [
      "Could not assess (exit 2 or killed)",
      errors.map((score) => `  ${score.name}: ${(score.observed.error ?? "").split("\n").slice(0, 4).join(" | ")}`),
    ],
  ] as const;
  return sections
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `${title}:\n${lines.join("\n")}`)
    .join("\n\n");
}
