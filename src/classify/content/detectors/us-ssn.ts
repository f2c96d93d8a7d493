import { clamp, contextAround, hasAny, type Detection, type Detector } from "../detection";

const SSN_WORDS = ["ssn", "social security", "social sec", "ss#", "taxpayer"];
const FORMATTED = /^(\d{3})[- ](\d{2})[- ](\d{4})$/;
const BARE = /^(\d{3})(\d{2})(\d{4})$/;

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
function ssnValid(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  return areaNumber !== 0 && areaNumber !== 666 && areaNumber < 900 && group !== "00" && serial !== "0000";
}

/** US Social Security numbers: ddd-dd-dddd, or nine bare digits next to a context word. */
export const usSsnDetector: Detector = {
  name: "us-ssn",
  element: "government_identifier",
  find(text, shared) {
    const found: Detection[] = [];
    for (const run of shared.digitRuns()) {
      if (run.digits.length !== 9) continue;
      const raw = text.slice(run.start, run.end);
      const match = FORMATTED.exec(raw) ?? BARE.exec(raw);
      if (!match) continue;
      const named = hasAny(contextAround(text, run.start, run.end), SSN_WORDS);
      if (match === null || (raw.length === 9 && !named)) continue;
      const valid = ssnValid(match[1]!, match[2]!, match[3]!);
      const confidence = (valid ? 0.6 : 0.15) + (named ? 0.3 : 0);
      found.push({
        detector: "us-ssn",
        element: "government_identifier",
        confidence: clamp(confidence),
        start: run.start,
        end: run.end,
        masked: `***-**-${match[3]!}`,
      });
    }
    return found;
  },
};
