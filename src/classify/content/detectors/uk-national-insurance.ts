import { clamp, contextAround, hasAny, type Detection, type Detector } from "../detection";

const NINO_WORDS = ["national insurance", "nino", "ni number", "ni no", "nin"];
const FIRST = "ABCEGHJKLMNOPRSTWXYZ";
const SECOND = "ABCEGHJKLMNPRSTWXYZ";
const NEVER_ISSUED = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

/** UK National Insurance numbers: two prefix letters (HMRC rules), six digits, suffix A-D. */
export const ukNinoDetector: Detector = {
  name: "uk-national-insurance",
  element: "government_identifier",
  find(text) {
    const found: Detection[] = [];
    const pattern = /(?<![A-Za-z0-9_])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9_])/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const prefix = match[1]!;
      const valid = FIRST.includes(prefix[0]!) && SECOND.includes(prefix[1]!) && !NEVER_ISSUED.has(prefix);
      const named = hasAny(contextAround(text, match.index, match.index + match[0].length), NINO_WORDS);
      const confidence = (valid ? 0.7 : 0.2) + (named ? 0.25 : 0);
      found.push({
        detector: "uk-national-insurance",
        element: "government_identifier",
        confidence: clamp(confidence),
        start: match.index,
        end: match.index + match[0].length,
        masked: `${prefix} ** ** ** ${match[5]}`,
      });
    }
    return found;
  },
};
