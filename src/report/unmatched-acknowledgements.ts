import type { Dpia } from "../dpia/schema";
import type { Acknowledgement } from "../policy/acknowledgement";

/** Acknowledgements that match no finding: stale (the finding was fixed) or misspelt; worth a warning. */
export function unmatchedAcknowledgements(acknowledgements: Acknowledgement[], dpias: Dpia[]): string[] {
  return acknowledgements
    .filter(
      (ack) =>
        !dpias.some((dpia) =>
          dpia.findings.some((finding) => finding.rule_id === ack.rule_id && finding.resource === ack.address),
        ),
    )
    .map(
      (ack) =>
        `${ack.file}: ${ack.location}: acknowledges ${ack.rule_id} on ${ack.address}, which has no such finding; remove it or correct the address or rule id`,
    );
}
