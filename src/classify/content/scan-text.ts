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
import type { Detection, Detector } from "./detection";

export const DETECTORS: readonly Detector[] = [
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

/** Every detector over one text. Where a stronger detection covers the same span, weaker ones are dropped. */
export function scanText(text: string, detectors: readonly Detector[] = DETECTORS): Detection[] {
  const all = detectors.flatMap((detector) => detector.find(text)).sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const kept: Detection[] = [];
  for (const detection of all) {
    const overlaps = kept.some((other) => detection.start < other.end && other.start < detection.end && other.confidence >= detection.confidence);
    if (!overlaps) kept.push(detection);
  }
  return kept.sort((a, b) => a.start - b.start || a.detector.localeCompare(b.detector));
}
