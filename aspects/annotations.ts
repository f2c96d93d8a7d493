import type { Dpia } from "../src/dpia/schema";
import { oneLineJustification } from "../src/report/summary";
import { constructsByPath, type ConstructLike, type StackLike } from "./construct-tree";

/** cdktf prints these as warnings after synthesis. */
const WARN_METADATA = "@cdktf/warn";

/** A warning of the gate about the stack or its input. */
export function warnOn(construct: ConstructLike, message: string): void {
  construct.node.addMetadata(WARN_METADATA, `DPIA gate: ${message}`);
}

function warnedMessage(dpia: Dpia): string {
  return dpia.exception
    ? `DPIA ${dpia.dpia_id}: ${dpia.risk_assessment.overall_risk_score} risk, deployed under exception ${dpia.exception.exception_id}, which expires at ${dpia.exception.expires_at}.`
    : `DPIA ${dpia.dpia_id}: ${dpia.risk_assessment.overall_risk_score} risk. ${oneLineJustification(dpia)}`;
}

/**
 * Warnings on the construct each DPIA is about (the stack when it has none): the notes on its
 * acknowledged findings, then, for an approved DPIA worth a warning, its risk or its exception.
 */
export function annotateDpias(stack: StackLike, dpias: Dpia[], warned: Dpia[]): void {
  let byPath: Map<string, ConstructLike> | undefined;
  const constructOf = (constructPath: string | undefined): ConstructLike =>
    (constructPath === undefined ? undefined : (byPath ??= constructsByPath(stack)).get(constructPath)) ?? stack;
  for (const dpia of dpias) {
    for (const note of dpia.acknowledgement_notes ?? [])
      constructOf(dpia.subject.construct_path).node.addMetadata(WARN_METADATA, `DPIA ${dpia.dpia_id}: ${note}`);
  }
  for (const dpia of warned)
    constructOf(dpia.subject.construct_path).node.addMetadata(WARN_METADATA, warnedMessage(dpia));
}
