import { clamp, type Detection, type Detector } from "../detection";

const NEAR_CARD = 80;

const CVV = /(?:cvv2?|cvc2?|cid|csc|security code|card verification(?: code)?)\D{0,12}?(?<![0-9])(\d{3,4})(?![0-9/])/g;
const EXPIRY =
  /(?:exp(?:iry|ires)?|valid thru|valid until|g\u00fcltig)\D{0,8}?(?<![0-9])((?:0[1-9]|1[0-2])[/-](?:\d{4}|\d{2}))(?![0-9])/g;

/**
 * Card verification codes and expiry dates within 80 characters after a card number: PCI DSS
 * sensitive authentication data (the code) and cardholder data (the expiry).
 */
export const cardSecurityDataDetector: Detector = {
  name: "card-security-data",
  element: "payment_card_sad",
  find(text, shared) {
    const found: Detection[] = [];
    for (const card of shared.cards()) {
      if (card.confidence < 0.5) continue;
      const window = text.slice(card.end, Math.min(text.length, card.end + NEAR_CARD)).toLowerCase();
      for (const [pattern, element, masked] of [
        [CVV, "payment_card_sad", "*"],
        [EXPIRY, "payment_card_pan", "**/**"],
      ] as const) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
          const value = match[1]!;
          const start = card.end + match.index + match[0].length - value.length;
          found.push({
            detector: "card-security-data",
            element,
            confidence: clamp(element === "payment_card_sad" ? 0.9 : 0.8),
            start,
            end: start + value.length,
            masked: masked === "*" ? "*".repeat(value.length) : masked,
          });
        }
      }
    }
    return found;
  },
};
