import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { clamp, isWordChar, type Detection, type Detector } from "../detection";

/** Two letters, two check digits, then 11-30 letters or digits, optionally in groups of four. */
function candidates(text: string): Array<{ start: number; end: number; value: string }> {
  const spans: Array<{ start: number; end: number; value: string }> = [];
  for (let i = 0; i + 4 < text.length; i++) {
    if (!/[A-Z]/.test(text[i]!) || !/[A-Z]/.test(text[i + 1]!) || !/\d/.test(text[i + 2]!) || !/\d/.test(text[i + 3]!) || isWordChar(text[i - 1])) continue;
    let j = i + 4;
    let value = text.slice(i, j);
    while (j < text.length && value.length < 34) {
      if (/[A-Z0-9]/.test(text[j]!)) value += text[j++];
      else if (text[j] === " " && /[A-Z0-9]/.test(text[j + 1] ?? "")) j++;
      else break;
    }
    if (value.length >= 15 && !isWordChar(text[j])) {
      spans.push({ start: i, end: j, value });
      i = j - 1;
    }
  }
  return spans;
}

export function maskIban(iban: string): string {
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
      found.push({ detector: "iban", element: "financial_account", confidence: clamp(valid ? 0.95 : 0.2), start: span.start, end: span.end, masked: maskIban(iban) });
    }
    return found;
  },
};
