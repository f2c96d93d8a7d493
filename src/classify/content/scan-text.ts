import { cardSecurityDataDetector } from "./detectors/card-security-data";
import { dateOfBirthDetector } from "./detectors/date-of-birth";
import { emailDetector } from "./detectors/email";
import { ibanDetector } from "./detectors/iban";
import { ipAddressDetector } from "./detectors/ip-address";
import { nhsNumberDetector } from "./detectors/nhs-number";
import { paymentCardDetector } from "./detectors/payment-card";
import { phoneDetector } from "./detectors/phone";
import { ukNinoDetector } from "./detectors/uk-national-insurance";
import { usSsnDetector } from "./detectors/us-ssn";
import type { Detection, Detector, DigitRun, SharedScan } from "./detection";
import { findDigitRuns } from "./digit-runs";
import { compareText } from "../../text-order";

const DETECTORS: readonly Detector[] = [
  paymentCardDetector,
  cardSecurityDataDetector,
  emailDetector,
  phoneDetector,
  ibanDetector,
  usSsnDetector,
  ukNinoDetector,
  nhsNumberDetector,
  ipAddressDetector,
  dateOfBirthDetector,
];

/** Digit runs and card matches of one text, computed once on first use. */
class SharedText implements SharedScan {
  private runs?: DigitRun[];
  private cardMatches?: Detection[];
  constructor(private readonly text: string) {}

  digitRuns(): DigitRun[] {
    return (this.runs ??= findDigitRuns(this.text));
  }

  cards(): Detection[] {
    return (this.cardMatches ??= paymentCardDetector.find(this.text, this));
  }
}

/**
 * Where detections overlap, the most confident one wins. Sorted by start, overlapping detections
 * form clusters; each cluster is settled on its own, so the cost stays near-linear in detections.
 */
function settleOverlaps(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Detection[] = [];
  let cluster: Detection[] = [];
  let clusterEnd = -1;
  const settle = () => {
    const byConfidence = [...cluster].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
    // The characters already taken, so each check costs the detection's length, not the number
    // chosen so far: a megabyte of "4111 1111 1111 1111 " is one cluster of 250,000 windows.
    const origin = cluster[0]!.start;
    const taken = new Uint8Array(Math.max(0, clusterEnd - origin));
    for (const detection of byConfidence) {
      const from = detection.start - origin;
      const to = detection.end - origin;
      let free = true;
      for (let at = from; at < to && free; at++) free = taken[at] === 0;
      if (!free) continue;
      taken.fill(1, from, to);
      kept.push(detection);
    }
  };
  for (const detection of sorted) {
    if (detection.start >= clusterEnd && cluster.length > 0) {
      settle();
      cluster = [];
    }
    cluster.push(detection);
    clusterEnd = Math.max(clusterEnd, detection.end);
  }
  if (cluster.length > 0) settle();
  return kept.sort((a, b) => a.start - b.start || compareText(a.detector, b.detector));
}

/** Every detector over one text, sharing the digit runs and card matches between them. */
export function scanText(text: string, detectors: readonly Detector[] = DETECTORS): Detection[] {
  const shared = new SharedText(text);
  const all: Detection[] = [];
  for (const detector of detectors) {
    const found = detector === paymentCardDetector ? shared.cards() : detector.find(text, shared);
    for (const detection of found) all.push(detection);
  }
  return all.length === 0 ? all : settleOverlaps(all);
}
