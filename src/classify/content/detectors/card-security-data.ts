import { clamp, contextBefore, hasAny, isDigit, isWordChar, type Detection, type Detector } from "../detection";
import { paymentCardDetector } from "./payment-card";

const CVV_WORDS = ["cvv", "cvc", "cvv2", "cvc2", "cid", "security code", "card verification", "csc"];
const EXPIRY_WORDS = ["exp", "expiry", "expires", "valid thru", "valid until", "gültig"];
const NEAR_CARD = 80;

/**
 * Card verification codes and expiry dates next to a card number: PCI DSS sensitive
 * authentication data (the code) and cardholder data (the expiry).
 */
export const cardSecurityDataDetector: Detector = {
  name: "card-security-data",
  element: "payment_card_sad",
  find(text) {
    const cards = paymentCardDetector.find(text).filter((card) => card.confidence >= 0.5);
    if (cards.length === 0) return [];
    const found: Detection[] = [];
    for (const card of cards) {
      const windowEnd = Math.min(text.length, card.end + NEAR_CARD);
      let i = card.end;
      while (i < windowEnd) {
        if (!isDigit(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        while (i < text.length && isDigit(text.charCodeAt(i))) i++;
        const value = text.slice(start, i);
        const before = contextBefore(text, start, 24);
        if ((value.length === 3 || value.length === 4) && !isWordChar(text[start - 1]) && !isWordChar(text[i]) && text[i] !== "/" && hasAny(before, CVV_WORDS)) {
          found.push({ detector: "card-security-data", element: "payment_card_sad", confidence: clamp(0.9), start, end: i, masked: "*".repeat(value.length) });
        }
        const expiry = /^(0[1-9]|1[0-2])[/-](\d{2}|\d{4})$/.exec(text.slice(start, start + 7).replace(/[^\d/-].*$/, ""));
        if (expiry && value.length === 2 && hasAny(before, EXPIRY_WORDS)) {
          found.push({ detector: "card-security-data", element: "payment_card_pan", confidence: clamp(0.8), start, end: start + expiry[0].length, masked: "**/**" });
          i = start + expiry[0].length;
        }
      }
    }
    return found;
  },
};
