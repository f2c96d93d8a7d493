import { clamp, contextAround, hasAny, type Detection, type Detector } from "../detection";

const CARD_WORDS = [
  "card",
  "visa",
  "mastercard",
  "amex",
  "credit",
  "debit",
  "pan",
  "cc",
  "payment",
  "kaart",
  "karte",
  "carte",
];
const CONTRARY_WORDS = ["order", "invoice", "tracking", "reference", "ref", "iban", "account no"];

/** Issuer ranges (IIN prefixes) and the lengths each brand issues. */
const BRANDS: Array<{ name: string; prefix: (digits: string) => boolean; lengths: number[] }> = [
  { name: "Visa", prefix: (d) => d.startsWith("4"), lengths: [13, 16, 19] },
  {
    name: "Mastercard",
    prefix: (d) => /^5[1-5]/.test(d) || (Number(d.slice(0, 4)) >= 2221 && Number(d.slice(0, 4)) <= 2720),
    lengths: [16],
  },
  { name: "American Express", prefix: (d) => /^3[47]/.test(d), lengths: [15] },
  { name: "Discover", prefix: (d) => /^(6011|65|64[4-9])/.test(d), lengths: [16, 19] },
  {
    name: "JCB",
    prefix: (d) => Number(d.slice(0, 4)) >= 3528 && Number(d.slice(0, 4)) <= 3589,
    lengths: [16, 17, 18, 19],
  },
  { name: "Diners Club", prefix: (d) => /^(30[0-5]|36|38)/.test(d), lengths: [14, 16, 19] },
  { name: "UnionPay", prefix: (d) => d.startsWith("62"), lengths: [16, 17, 18, 19] },
  { name: "Maestro", prefix: (d) => /^(50|5[6-9]|6[0-9])/.test(d), lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function brandOf(digits: string): string | undefined {
  return BRANDS.find((brand) => brand.prefix(digits) && brand.lengths.includes(digits.length))?.name;
}

function maskCard(digits: string): string {
  const hidden = digits.length - 8;
  let middle = "";
  for (let i = 0; i < hidden; i++) middle += i > 0 && i % 4 === 0 ? " *" : "*";
  return `${digits.slice(0, 4)} ${middle} ${digits.slice(-4)}`;
}

export const paymentCardDetector: Detector = {
  name: "payment-card",
  element: "payment_card_pan",
  find(text, shared) {
    const found: Detection[] = [];
    for (const run of shared.digitRuns()) {
      if (run.digits.length < 13) continue;
      const brand = brandOf(run.digits);
      const luhn = luhnValid(run.digits);
      if (!brand && !luhn) continue;
      const context = contextAround(text, run.start, run.end);
      let confidence = luhn ? (brand ? 0.75 : 0.45) : 0.2;
      if (hasAny(context, CARD_WORDS)) confidence += 0.2;
      if (hasAny(context, CONTRARY_WORDS)) confidence -= 0.2;
      found.push({
        detector: "payment-card",
        element: "payment_card_pan",
        confidence: clamp(confidence),
        start: run.start,
        end: run.end,
        masked: maskCard(run.digits),
      });
    }
    return found;
  },
};
