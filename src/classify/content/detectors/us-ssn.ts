import { clamp, contextAround, hasAny, isDigit, isWordChar, type Detection, type Detector } from "../detection";

const SSN_WORDS = ["ssn", "social security", "social sec", "ss#", "taxpayer"];

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  return areaNumber !== 0 && areaNumber !== 666 && areaNumber < 900 && group !== "00" && serial !== "0000";
}

/** US Social Security numbers: ddd-dd-dddd, or nine bare digits next to a context word. */
export const usSsnDetector: Detector = {
  name: "us-ssn",
  element: "government_identifier",
  find(text) {
    const found: Detection[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isDigit(text.charCodeAt(i)) || isDigit(text.charCodeAt(i - 1)) || isWordChar(text[i - 1])) continue;
      const dashed = /^(\d{3})[- ](\d{2})[- ](\d{4})/.exec(text.slice(i, i + 11));
      const bare = dashed ? undefined : /^(\d{3})(\d{2})(\d{4})/.exec(text.slice(i, i + 9));
      const match = dashed ?? bare;
      if (!match || isWordChar(text[i + match[0].length])) continue;
      const context = contextAround(text, i, i + match[0].length);
      const named = hasAny(context, SSN_WORDS);
      if (bare && !named) continue;
      const valid = ssnValid(match[1]!, match[2]!, match[3]!);
      const confidence = (valid ? 0.6 : 0.15) + (named ? 0.3 : 0);
      found.push({ detector: "us-ssn", element: "government_identifier", confidence: clamp(confidence), start: i, end: i + match[0].length, masked: `***-**-${match[3]!}` });
      i += match[0].length - 1;
    }
    return found;
  },
};
