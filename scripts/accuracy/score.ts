/**
 * The label against the gate's answer: a confusion matrix at the level of the case (would the
 * deployment be blocked?) and of each DPIA subject (is what the DPO would block blocked, and
 * nothing else?). Pure: observed answers in, scores out.
 */
import type { Label, Observed, ObservedDpia } from "./cases";

export type Outcome = "TP" | "FP" | "TN" | "FN";
/** A case the gate could not assess (exit 2 or killed) that the DPO would approve. */
type CaseOutcome = Outcome | "ERROR";

export interface SubjectScore {
  subject: string;
  outcome: Outcome;
  /** The gate's DPIA, absent when no DPIA holds a resource the label blocks. */
  dpia?: ObservedDpia;
  /** The label's entries for the resources this subject holds. */
  labelled: Label["blocks"];
}

export interface HighScore {
  address: string;
  /** The highest risk the gate gave a DPIA holding the resource, or none. */
  gateRisk?: string;
}

export interface CaseScore {
  name: string;
  label: Label;
  observed: Observed;
  outcome: CaseOutcome;
  subjects: SubjectScore[];
  high: HighScore[];
}

const RISKS = ["Low", "Medium", "High", "Critical"];
/** 1 (Low) to 4 (Critical); 0 for anything else. */
const rank = (risk: string | undefined): number => RISKS.indexOf(risk ?? "") + 1;

function outcomeOf(labelBlocks: boolean, gateBlocks: boolean): Outcome {
  if (labelBlocks) return gateBlocks ? "TP" : "FN";
  return gateBlocks ? "FP" : "TN";
}

function holds(dpia: ObservedDpia, address: string): boolean {
  return dpia.subject === address || dpia.addresses.includes(address);
}

function caseOutcome(label: Label, observed: Observed): CaseOutcome {
  if (observed.exit !== 0 && observed.exit !== 1) return label.expected_exit === 1 ? "FN" : "ERROR";
  return outcomeOf(label.expected_exit === 1, observed.exit === 1);
}

function subjectScores(label: Label, observed: Observed): SubjectScore[] {
  const scores: SubjectScore[] = observed.dpias.map((dpia) => {
    const labelled = label.blocks.filter((entry) => holds(dpia, entry.address));
    const outcome = outcomeOf(labelled.length > 0, dpia.status === "BLOCKED_FOR_DEPLOYMENT");
    return { subject: dpia.subject, outcome, dpia, labelled };
  });
  for (const entry of label.blocks) {
    if (!observed.dpias.some((dpia) => holds(dpia, entry.address)))
      scores.push({ subject: entry.address, outcome: "FN", labelled: [entry] });
  }
  return scores;
}

function highScores(label: Label, observed: Observed): HighScore[] {
  return label.high.map(({ address }) => {
    const risks = observed.dpias.filter((dpia) => holds(dpia, address)).map((dpia) => dpia.risk);
    const gateRisk = risks.sort((a, b) => rank(b) - rank(a))[0];
    return { address, gateRisk };
  });
}

export function scoreCase(name: string, label: Label, observed: Observed): CaseScore {
  return {
    name,
    label,
    observed,
    outcome: caseOutcome(label, observed),
    subjects: subjectScores(label, observed),
    high: highScores(label, observed),
  };
}

export function count<T extends string>(outcomes: T[], outcome: T): number {
  return outcomes.filter((each) => each === outcome).length;
}

/** At least High: what the label's `high` entries expect of the gate (approved, with a warning). */
export function atLeastHigh(risk: string | undefined): boolean {
  return rank(risk) >= rank("High");
}
