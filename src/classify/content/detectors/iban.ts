import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { clamp, isDigit, isUpper, isWordChar, type Detection, type Detector } from "../detection";

function alnum(code: number): boolean {
  return isUpper(code) || isDigit(code);
}

/** Two letters, two check digits, then 11-30 letters or digits, optionally in groups of four. */
function candidates(text: string): Array<{ start: number; end: number; value: string }> {
  const spans: Array<{ start: number; end: number; value: string }> = [];
  const anchor = /[A-Z]{2}\d{2}/g;
  for (let found = anchor.exec(text); found; found = anchor.exec(text)) {
    const i = found.index;
    if (isWordChar(text[i - 1])) continue;
    let j = i + 4;
    let value = text.slice(i, j);
    while (j < text.length && value.length < 34) {
      if (alnum(text.charCodeAt(j))) value += text[j++];
      else if (text.charCodeAt(j) === 32 && alnum(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (value.length >= 15 && !isWordChar(text[j])) {
      spans.push({ start: i, end: j, value });
      anchor.lastIndex = j;
    }
  }
  return spans;
}

function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} ${"*".repeat(iban.length - 6)}${iban.slice(-2)}`;
}

/** IBANs, validated with their mod-97 checksum and per-country length (ibantools). */
export const ibanDetector: Detector = {
  name: "iban",
  element: "financial_account",
  find(text) {
    const found: Detection[] = [];
    for (const span of candidates(text)) {
      const iban = electronicFormatIBAN(span.value) ?? span.value;
      const valid = isValidIBAN(iban);
      found.push({
        detector: "iban",
        element: "financial_account",
        confidence: clamp(valid ? 0.95 : 0.2),
        start: span.start,
        end: span.end,
        masked: maskIban(iban),
      });
    }
    return found;
  },
};
