import { describe, expect, test } from "vitest";
import { CONFIDENCE_THRESHOLD } from "../../../src/classify/content/detection";
import { scanText } from "../../../src/classify/content/scan-text";

const found = (text: string) => scanText(text).filter((d) => d.confidence >= CONFIDENCE_THRESHOLD);
const nearMisses = (text: string) => scanText(text).filter((d) => d.confidence < CONFIDENCE_THRESHOLD);
const one = (text: string, detector: string) => {
  const matches = found(text).filter((d) => d.detector === detector);
  expect(matches, `${detector} in ${JSON.stringify(text)}`).toHaveLength(1);
  return matches[0]!;
};

describe("payment cards", () => {
  test.each([
    ["Visa, spaces", "card 4111 1111 1111 1111 please", "4111 **** **** 1111"],
    ["Mastercard, dashes", "5555-5555-5555-4444", "5555 **** **** 4444"],
    ["Amex, 15 digits", "amex 378282246310005", "3782 **** *** 0005"],
    ["Mastercard 2-series", "2223003122003222", "2223 **** **** 3222"],
  ])("%s is found and masked", (_name, text, masked) => {
    const card = one(text, "payment-card");
    expect(card.element).toBe("payment_card_pan");
    expect(card.masked).toBe(masked);
  });

  test("a Luhn-invalid number is a near miss, not a card", () => {
    expect(found("card 4111 1111 1111 1112").filter((d) => d.detector === "payment-card")).toEqual([]);
    expect(nearMisses("card 4111 1111 1111 1112").some((d) => d.detector === "payment-card")).toBe(true);
  });

  test("digits glued to letters or longer runs are not cards", () => {
    expect(found("id A4111111111111111 and 41111111111111112222")).toEqual([]);
  });

  test("a card verification code and an expiry next to the card are sensitive authentication data", () => {
    const detections = found("Card 4111 1111 1111 1111 exp 09/27 CVV 737");
    expect(detections.find((d) => d.element === "payment_card_sad")).toMatchObject({ masked: "***" });
    expect(detections.some((d) => d.detector === "card-security-data" && d.masked === "**/**")).toBe(true);
  });

  test("a three-digit number without a card nearby is not a CVV", () => {
    expect(found("CVV 737").filter((d) => d.element === "payment_card_sad")).toEqual([]);
  });
});

describe("contact details", () => {
  test("emails are masked to the first letter and the domain", () => {
    expect(one("write to jane.doe+cc@acme-retail.co.uk.", "email").masked).toBe("j***@acme-retail.co.uk");
  });
  test("a lone @ or a handle is not an email", () => {
    expect(found("@jane and a@b and user@localhost").filter((d) => d.detector === "email")).toEqual([]);
  });
  test("international and national phone numbers, validated per region", () => {
    expect(one("call +44 20 7946 0958", "phone").masked).toBe("+44*******958");
    expect(one("Telefon: 030 12345678", "phone").element).toBe("contact_pii");
    expect(one("phone (415) 555-2671", "phone").element).toBe("contact_pii");
  });
  test("phone-like order ids are near misses", () => {
    expect(found("Order 123456789 shipped").filter((d) => d.detector === "phone")).toEqual([]);
    expect(found("invoice 0301234567").filter((d) => d.detector === "phone")).toEqual([]);
  });
});

describe("identifiers", () => {
  test("IBANs are checked with mod 97", () => {
    expect(one("IBAN DE89 3704 0044 0532 0130 00", "iban").masked).toBe("DE89 ****************00");
    expect(found("IBAN DE89 3704 0044 0532 0130 01").filter((d) => d.detector === "iban")).toEqual([]);
  });
  test("US SSNs follow the SSA rules", () => {
    expect(one("SSN 123-45-6789", "us-ssn").masked).toBe("***-**-6789");
    expect(found("SSN 666-45-6789 and 000-12-3456").filter((d) => d.detector === "us-ssn")).toEqual([]);
    expect(found("ticket 123456789").filter((d) => d.detector === "us-ssn")).toEqual([]);
  });
  test("UK National Insurance numbers follow HMRC prefix rules", () => {
    expect(one("NI number AB 12 34 56 C", "uk-national-insurance").masked).toBe("AB ** ** ** C");
    expect(
      found("GB123456A and DQ123456C and QQ123456C").filter((d) => d.detector === "uk-national-insurance"),
    ).toEqual([]);
  });
  test("NHS numbers pass modulus 11", () => {
    expect(one("NHS 943 476 5919", "nhs-number").masked).toBe("*** *** 5919");
    expect(found("943 476 5918").filter((d) => d.detector === "nhs-number")).toEqual([]);
  });
  test("IP addresses, not version numbers", () => {
    expect(one("from 203.0.113.7 at 10:00", "ip-address").masked).toBe("203.0.*.*");
    expect(one("via 2001:db8::1", "ip-address").element).toBe("online_identifiers");
    expect(found("version 1.2.3.4 and v1.2.3.4").filter((d) => d.detector === "ip-address")).toEqual([]);
  });
  test("dates of birth only with a context word", () => {
    expect(one("DOB: 12/03/1984", "date-of-birth").masked).toBe("****-**-**");
    expect(found("delivered 12/03/2024").filter((d) => d.detector === "date-of-birth")).toEqual([]);
  });
});

describe("privacy-safe evidence", () => {
  test("no detection carries the value in clear", () => {
    const text = "4111 1111 1111 1111 cvv 123 jane@acme.io +44 20 7946 0958 DE89370400440532013000 SSN 123-45-6789";
    for (const detection of found(text)) {
      expect(detection.masked).not.toContain("1111 1111 1111 1111".slice(5, 14));
      expect(detection.masked).not.toContain("jane@");
      expect(detection.masked).not.toContain("7946 0958");
      expect(detection.masked).not.toContain("370400440532");
      expect(detection.masked).not.toContain("123-45");
    }
  });
});
