import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { clamp, contextAround, hasAny, isDigit, isWordChar, type Detection, type Detector } from "../detection";

/** National forms are tried against these regions, in order; international forms need none. */
export const DEFAULT_REGIONS: CountryCode[] = ["GB", "DE", "FR", "NL", "IE", "ES", "IT", "US"];
const PHONE_WORDS = ["phone", "tel", "mobile", "call", "cell", "ani", "whatsapp", "sms", "contact", "telefon", "téléphone", "handy"];
const CONTRARY_WORDS = ["order", "invoice", "tracking", "reference", "ref", "id:", "id ", "account", "policy", "ticket", "case"];
const MAX_CANDIDATE = 24;

export function maskPhone(e164: string): string {
  return `${e164.slice(0, 3)}${"*".repeat(Math.max(0, e164.length - 6))}${e164.slice(-3)}`;
}

/** Spans that could be a phone number: "+", "00" or a digit, then digits and separators, bounded. */
function candidates(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (!(char === "+" || char === "(" || isDigit(text.charCodeAt(i))) || isWordChar(text[i - 1])) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    while (i < text.length && /[0-9 ()+.\-/]/.test(text[i]!) && i - start <= MAX_CANDIDATE + 8) {
      if (isDigit(text.charCodeAt(i))) digits++;
      i++;
    }
    let end = i;
    while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
    const overlong = i - start > MAX_CANDIDATE + 8 && /[0-9 ()+.\-/]/.test(text[i] ?? "");
    if (overlong) {
      while (i < text.length && /[0-9 ()+.\-/]/.test(text[i]!)) i++;
      continue;
    }
    if (digits >= 7 && digits <= 15 && !isWordChar(text[end])) spans.push({ start, end });
  }
  return spans;
}

/**
 * Phone numbers in international and national forms, validated with libphonenumber-js against
 * several default regions. A bare national number without context is a near miss.
 */
export const phoneDetector: Detector = {
  name: "phone",
  element: "contact_pii",
  find(text) {
    const found: Detection[] = [];
    for (const span of candidates(text)) {
      const raw = text.slice(span.start, span.end);
      const international = raw.startsWith("+") || raw.startsWith("00");
      const parsed = international
        ? parsePhoneNumberFromString(raw.startsWith("00") ? `+${raw.slice(2)}` : raw)
        : DEFAULT_REGIONS.map((region) => parsePhoneNumberFromString(raw, region)).find((number) => number?.isValid());
      if (!parsed || !parsed.isValid()) continue;
      const context = contextAround(text, span.start, span.end);
      let confidence = international ? 0.8 : /[ ()\-.\/]/.test(raw) ? 0.55 : 0.35;
      if (hasAny(context, PHONE_WORDS)) confidence += 0.25;
      if (hasAny(context, CONTRARY_WORDS)) confidence -= 0.3;
      found.push({ detector: "phone", element: "contact_pii", confidence: clamp(confidence), start: span.start, end: span.end, masked: maskPhone(parsed.number) });
    }
    return found;
  },
};
