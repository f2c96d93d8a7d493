import { clamp, contextAround, hasAny, isWordChar, type Detection, type Detector } from "../detection";

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
    for (let i = 0; i + 8 < text.length; i++) {
      if (!FIRST.includes(text[i]!) || isWordChar(text[i - 1])) continue;
      const match = /^([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])/.exec(text.slice(i, i + 13));
      if (!match || isWordChar(text[i + match[0].length])) continue;
      const prefix = match[1]!;
      const valid = SECOND.includes(prefix[1]!) && !NEVER_ISSUED.has(prefix);
      const named = hasAny(contextAround(text, i, i + match[0].length), NINO_WORDS);
      const confidence = (valid ? 0.7 : 0.2) + (named ? 0.25 : 0);
      found.push({ detector: "uk-national-insurance", element: "government_identifier", confidence: clamp(confidence), start: i, end: i + match[0].length, masked: `${prefix} ** ** ** ${match[5]}` });
      i += match[0].length - 1;
    }
    return found;
  },
};
