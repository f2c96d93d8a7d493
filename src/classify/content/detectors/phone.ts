import type { CountryCode, PhoneNumber } from "libphonenumber-js/max";
import { clamp, contextAround, hasAny, isDigit, isWordChar, type Detection, type Detector } from "../detection";

/** National forms are tried against these regions, in order; international forms need none. */
const DEFAULT_REGIONS: CountryCode[] = ["GB", "DE", "FR", "NL", "IE", "ES", "IT", "US"];
/** Whole words only: "call" in "callback" or "ani" in "company" says nothing about a number. */
const PHONE_WORDS = /\b(?:phone|tel|mobile|call|cell|ani|whatsapp|sms|contact|telefon|t\u00e9l\u00e9phone|handy)\b/;
const CONTRARY_WORDS = [
  "order",
  "invoice",
  "tracking",
  "reference",
  "ref",
  "id:",
  "id ",
  "account",
  "policy",
  "ticket",
  "case",
];
const MAX_SPAN = 32;
const CACHE_LIMIT = 2048;
const cache = new Map<string, PhoneNumber | null>();

type PhoneNumbers = typeof import("libphonenumber-js/max");
let phoneNumbers: PhoneNumbers | undefined;
/** libphonenumber-js with its full metadata, loaded when a first candidate is checked: most runs have none. */
function parsePhoneNumberFromString(...args: Parameters<PhoneNumbers["parsePhoneNumberFromString"]>) {
  phoneNumbers ??= require("libphonenumber-js/max") as PhoneNumbers;
  return phoneNumbers.parsePhoneNumberFromString(...args);
}

export function maskPhone(e164: string): string {
  return `${e164.slice(0, 3)}${"*".repeat(Math.max(0, e164.length - 6))}${e164.slice(-3)}`;
}

/** Phone characters (digits, spaces, ( ) + . - /) starting with "+", "(" or a digit. Unambiguous, so linear. */
const SPAN = /[+(]?\d[\d ()+.\-/]*/g;

/** Spans that could be a phone number; a run longer than 32 characters (a string of digits) is skipped. */
function candidates(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  SPAN.lastIndex = 0;
  for (let match = SPAN.exec(text); match; match = SPAN.exec(text)) {
    const start = match.index;
    if (match[0].length > MAX_SPAN || isWordChar(text[start - 1])) continue;
    let end = start + match[0].length;
    while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
    const digits = match[0].replace(/\D/g, "").length;
    if (digits >= 7 && digits <= 15 && !isWordChar(text[end])) spans.push({ start, end });
  }
  return spans;
}

function parse(raw: string, national: boolean): PhoneNumber | undefined {
  const key = `${national ? "n" : "i"}${raw}`;
  if (!cache.has(key)) {
    const parsed = national
      ? DEFAULT_REGIONS.map((region) => parsePhoneNumberFromString(raw, region)).find((number) => number?.isValid())
      : parsePhoneNumberFromString(raw.startsWith("00") ? `+${raw.slice(2)}` : raw);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, parsed && parsed.isValid() ? parsed : null);
  }
  return cache.get(key) ?? undefined;
}

/**
 * Phone numbers in international and national forms, validated with libphonenumber-js against
 * several default regions. A bare national number without a context word is not even parsed: it
 * could only be a near miss.
 */
export const phoneDetector: Detector = {
  name: "phone",
  element: "contact_pii",
  find(text) {
    const found: Detection[] = [];
    for (const span of candidates(text)) {
      const raw = text.slice(span.start, span.end);
      const international = raw.startsWith("+") || raw.startsWith("00");
      const context = contextAround(text, span.start, span.end);
      const named = PHONE_WORDS.test(context);
      const formatted = /[ ()\-./]/.test(raw);
      if (!international && !named && !formatted) continue;
      const parsed = parse(raw, !international);
      if (!parsed) continue;
      let confidence = international ? 0.8 : formatted ? 0.55 : 0.35;
      if (named) confidence += 0.25;
      if (hasAny(context, CONTRARY_WORDS)) confidence -= 0.3;
      found.push({
        detector: "phone",
        element: "contact_pii",
        confidence: clamp(confidence),
        start: span.start,
        end: span.end,
        masked: maskPhone(parsed.number),
      });
    }
    return found;
  },
};
