import { clamp, contextAround, hasAny, type Detection, type Detector } from "../detection";

const NHS_WORDS = ["nhs", "health service", "patient"];

/** NHS numbers carry a modulus-11 check digit. */
function nhsChecksumValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const total = [...digits.slice(0, 9)].reduce((sum, digit, index) => sum + Number(digit) * (10 - index), 0);
  const check = 11 - (total % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** UK NHS numbers: ten digits (often 3-3-4) passing the modulus-11 check. */
export const nhsNumberDetector: Detector = {
  name: "nhs-number",
  element: "government_identifier",
  find(text, shared) {
    const found: Detection[] = [];
    for (const run of shared.digitRuns()) {
      if (run.digits.length !== 10) continue;
      const valid = nhsChecksumValid(run.digits);
      const named = hasAny(contextAround(text, run.start, run.end), NHS_WORDS);
      if (!valid && !named) continue;
      const confidence = (valid ? 0.45 : 0.1) + (named ? 0.4 : 0);
      found.push({
        detector: "nhs-number",
        element: "government_identifier",
        confidence: clamp(confidence),
        start: run.start,
        end: run.end,
        masked: `*** *** ${run.digits.slice(-4)}`,
      });
    }
    return found;
  },
};
