import { isWordChar, type DigitRun } from "./detection";

/** Digits, optionally in groups joined by single spaces or dashes. Unambiguous, so linear. */
const RUN = /\d+(?:[ -]\d+)*/g;

/**
 * Every run of digits that is not glued to letters, split where needed into the windows of whole
 * groups detectors look for (13-19 digits for cards, 10 for NHS numbers, 9 for SSNs). A group
 * longer than 19 digits (a 10 MB string of digits) yields nothing.
 */
export function findDigitRuns(text: string, minDigits = 7, maxDigits = 19): DigitRun[] {
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].length < minDigits || isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
    if (match[0].length <= maxDigits && !match[0].includes(" ") && !match[0].includes("-")) {
      runs.push({ start, end, digits: match[0] });
      continue;
    }
    const groups: Array<{ start: number; digits: string }> = [];
    let offset = start;
    for (const group of match[0].split(/[ -]/)) {
      groups.push({ start: offset, digits: group });
      offset += group.length + 1;
    }
    const total = match[0].length - (groups.length - 1);
    if (total <= maxDigits) {
      if (total >= minDigits) runs.push({ start, end, digits: groups.map((g) => g.digits).join("") });
      continue;
    }
    // Too long as a whole: every window of consecutive groups that fits, e.g. a card after a year.
    for (let first = 0; first < groups.length; first++) {
      let digits = "";
      for (let last = first; last < groups.length; last++) {
        digits += groups[last]!.digits;
        if (digits.length > maxDigits) break;
        if (digits.length >= minDigits && !(first === 0 && last === groups.length - 1)) {
          runs.push({ start: groups[first]!.start, end: groups[last]!.start + groups[last]!.digits.length, digits });
        }
      }
    }
  }
  return runs;
}
