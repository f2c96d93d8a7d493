import { clamp, contextBefore, hasAny, type Detection, type Detector } from "../detection";

const BIRTH_WORDS = ["dob", "d.o.b", "date of birth", "birth", "born", "geboren", "naissance", "birthday"];
/** ISO dates and day/month/year dates, not glued to other digits. Bounded, so linear. */
const DATE = /(?<![0-9])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./-](\d{1,2})[./-](\d{4}))(?![0-9])/g;

function plausible(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2030 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Dates of birth: a date (ISO or day/month/year) only when a birth-related word is just before it. */
export const dateOfBirthDetector: Detector = {
  name: "date-of-birth",
  element: "person_identifier",
  find(text) {
    const found: Detection[] = [];
    DATE.lastIndex = 0;
    for (let match = DATE.exec(text); match; match = DATE.exec(text)) {
      const [year, month, day] = match[1]
        ? [Number(match[1]), Number(match[2]), Number(match[3])]
        : [Number(match[6]), Number(match[5]), Number(match[4])];
      if (!plausible(year, month, day) || !hasAny(contextBefore(text, match.index, 32), BIRTH_WORDS)) continue;
      found.push({
        detector: "date-of-birth",
        element: "person_identifier",
        confidence: clamp(0.8),
        start: match.index,
        end: match.index + match[0].length,
        masked: "****-**-**",
      });
    }
    return found;
  },
};
