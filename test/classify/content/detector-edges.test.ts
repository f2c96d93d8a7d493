import { describe, expect, test } from "vitest";
import { dateOfBirthDetector } from "../../../src/classify/content/detectors/date-of-birth";
import { emailDetector } from "../../../src/classify/content/detectors/email";
import { ipAddressDetector, maskIp } from "../../../src/classify/content/detectors/ip-address";
import { maskPhone, phoneDetector } from "../../../src/classify/content/detectors/phone";
import type { SharedScan } from "../../../src/classify/content/detection";
import { findDigitRuns } from "../../../src/classify/content/digit-runs";
import { jsonPathsAt } from "../../../src/classify/content/json-locator";

// The edges of each content detector: where a value starts and ends, what is glued to it, the
// context words that raise or lower it, and the masked form the DPIA shows instead of the value.
// Written from the mutants Stryker found alive in src/classify/content (npm run mutate).

// These detectors do not use the shared scan.
const NO_SHARED = {} as SharedScan;
/** [start, end, confidence, masked] of each detection. */
const spans = (
  detector: {
    find(text: string, shared: SharedScan): Array<{ start: number; end: number; confidence: number; masked: string }>;
  },
  text: string,
) => detector.find(text, NO_SHARED).map((found) => [found.start, found.end, found.confidence, found.masked]);

describe("IP addresses", () => {
  test("an IPv4 address is found where it stands, masked to its first two octets", () => {
    expect(spans(ipAddressDetector, "203.0.113.7")).toEqual([[0, 11, 0.8, "203.0.*.*"]]);
    expect(spans(ipAddressDetector, "ip 203.0.113.7, next")).toEqual([[3, 14, 0.8, "203.0.*.*"]]);
    expect(spans(ipAddressDetector, "at 203.0.113.7.")).toEqual([[3, 14, 0.8, "203.0.*.*"]]);
  });
  test("glued to a letter, a digit or a dot, or followed by another number part, it is not an address", () => {
    for (const text of ["x203.0.113.7", "203.0.113.7x", ".203.0.113.7", "203.0.113.7.5", "ver10.0.0.1", "999.1.1.1"]) {
      expect(ipAddressDetector.find(text, NO_SHARED), text).toEqual([]);
    }
  });
  test("after 'v' or 'version' it is a near miss (a version number)", () => {
    expect(spans(ipAddressDetector, "v 10.0.0.1")).toEqual([[2, 10, 0.2, "10.0.*.*"]]);
    expect(spans(ipAddressDetector, "version 10.0.0.1")).toEqual([[8, 16, 0.2, "10.0.*.*"]]);
    expect(spans(ipAddressDetector, "Version 10.0.0.1 from 10.0.0.2")).toEqual([
      [8, 16, 0.2, "10.0.*.*"],
      [22, 30, 0.8, "10.0.*.*"],
    ]);
  });
  test("IPv6 addresses, full or compressed, masked to their first two groups", () => {
    expect(spans(ipAddressDetector, "via 2001:db8::1 now")).toEqual([[4, 15, 0.8, "2001:db8:****"]]);
    expect(spans(ipAddressDetector, "2001:db8:0:0:0:0:2:1")).toEqual([[0, 20, 0.8, "2001:db8:****"]]);
    expect(spans(ipAddressDetector, "fe80::1:2")).toEqual([[0, 9, 0.8, "fe80::****"]]);
  });
  test("hex pairs that Node does not parse as IPv6 are not addresses", () => {
    expect(ipAddressDetector.find("a:b and 1:2:3 at 10:00", NO_SHARED)).toEqual([]);
  });
  test("masks keep only the network part", () => {
    expect(maskIp("10.1.2.3")).toBe("10.1.*.*");
    expect(maskIp("2001:db8:85a3::8a2e:370:7334")).toBe("2001:db8:****");
  });
});

describe("dates of birth", () => {
  test("ISO and day/month/year dates after a birth word, in several languages", () => {
    expect(spans(dateOfBirthDetector, "DOB: 1984-03-12")).toEqual([[5, 15, 0.8, "****-**-**"]]);
    expect(spans(dateOfBirthDetector, "date of birth 5.6.1970")).toEqual([[14, 22, 0.8, "****-**-**"]]);
    expect(spans(dateOfBirthDetector, "geboren am 05.06.1970")).toEqual([[11, 21, 0.8, "****-**-**"]]);
    expect(spans(dateOfBirthDetector, "date de naissance 05/06/1970")).toEqual([[18, 28, 0.8, "****-**-**"]]);
  });
  test("the plausible range is 1900 to 2030, months 1 to 12, days 1 to 31", () => {
    expect(dateOfBirthDetector.find("born 1900-01-01", NO_SHARED)).toHaveLength(1);
    expect(dateOfBirthDetector.find("birthday 2030-12-31", NO_SHARED)).toHaveLength(1);
    for (const text of [
      "born 31/12/1899",
      "born 31/12/2031",
      "born 01/13/1990",
      "born 32/01/1990",
      "born 00/01/1990",
      "birth 1990-00-10",
    ]) {
      expect(dateOfBirthDetector.find(text, NO_SHARED), text).toEqual([]);
    }
  });
  test("the birth word must be close before the date, and the date not glued to other digits", () => {
    expect(dateOfBirthDetector.find(`DOB ${"x".repeat(30)} 05.06.1970`, NO_SHARED)).toEqual([]);
    expect(dateOfBirthDetector.find("05.06.1970 DOB", NO_SHARED)).toEqual([]);
    expect(dateOfBirthDetector.find("DOB 105.06.1970 and DOB 05.06.19701", NO_SHARED)).toEqual([]);
  });
});

describe("phone numbers", () => {
  test("international forms (+ or 00) are numbers on their own; the mask keeps the country code and the last three digits", () => {
    expect(spans(phoneDetector, "+44 20 7946 0958")).toEqual([[0, 16, 0.8, "+44*******958"]]);
    expect(spans(phoneDetector, "0044 20 7946 0958")).toEqual([[0, 17, 0.8, "+44*******958"]]);
    expect(spans(phoneDetector, "+44 20 7946 0958 ")).toEqual([[0, 16, 0.8, "+44*******958"]]);
    expect(maskPhone("+442079460958")).toBe("+44*******958");
  });
  test("national forms: formatted ones are likely, bare ones need a phone word, contrary words lower them", () => {
    expect(spans(phoneDetector, "020 7946 0958")).toEqual([[0, 13, 0.55, "+44*******958"]]);
    expect(spans(phoneDetector, "call 02079460958")).toEqual([[5, 16, 0.6, "+44*******958"]]);
    expect(spans(phoneDetector, "order 020 7946 0958")).toEqual([[6, 19, 0.25, "+44*******958"]]);
    expect(phoneDetector.find("02079460958", NO_SHARED)).toEqual([]);
  });
  test("a phone word inside another word says nothing", () => {
    expect(phoneDetector.find("callback 02079460958", NO_SHARED)).toEqual([]);
  });
  test("glued to a letter on either side it is not a number", () => {
    expect(phoneDetector.find("x+44 20 7946 0958", NO_SHARED)).toEqual([]);
    expect(phoneDetector.find("+44 20 7946 0958x", NO_SHARED)).toEqual([]);
  });
});

describe("email addresses", () => {
  test("found from the local part to the end of the domain, trailing dots left out", () => {
    expect(spans(emailDetector, "jane@acme.io")).toEqual([[0, 12, 0.9, "j***@acme.io"]]);
    expect(spans(emailDetector, "mail jane@acme.io.")).toEqual([[5, 17, 0.9, "j***@acme.io"]]);
    expect(spans(emailDetector, ".jane@acme.io")).toEqual([[1, 13, 0.9, "j***@acme.io"]]);
    expect(spans(emailDetector, "a@b.co and b@c.de")).toEqual([
      [0, 6, 0.9, "a***@b.co"],
      [11, 17, 0.9, "b***@c.de"],
    ]);
  });
  test("reserved test domains are likelier to be placeholders", () => {
    expect(spans(emailDetector, "jane@example.com")).toEqual([[0, 16, 0.6, "j***@example.com"]]);
    expect(spans(emailDetector, "jane@sub.test")).toEqual([[0, 13, 0.6, "j***@sub.test"]]);
  });
  test("no domain dot, a one-letter or numeric top-level domain, an empty label or local part: not an address", () => {
    for (const text of ["jane@acme", "jane@acme.i", "jane@acme.c0m", "@acme.io", "jane@.io", "jane@acme..io"]) {
      expect(emailDetector.find(text, NO_SHARED), text).toEqual([]);
    }
  });
  test("the local part is read back at most 64 characters", () => {
    expect(spans(emailDetector, `${"x".repeat(70)}@acme.io`)).toEqual([[6, 78, 0.9, "x***@acme.io"]]);
  });
});

describe("digit runs shared by the card, SSN and NHS detectors", () => {
  test("seven digits or more, not glued to letters, groups joined", () => {
    expect(findDigitRuns("1234567")).toEqual([{ start: 0, end: 7, digits: "1234567" }]);
    expect(findDigitRuns("123456")).toEqual([]);
    expect(findDigitRuns("a1234567 1234567a")).toEqual([]);
    expect(findDigitRuns("1234 5678")).toEqual([{ start: 0, end: 9, digits: "12345678" }]);
    expect(findDigitRuns("1-2-3-4-5-6-7")).toEqual([{ start: 0, end: 13, digits: "1234567" }]);
  });
  test("more than 19 digits in one group is nothing; in several groups, every window of whole groups but the whole", () => {
    expect(findDigitRuns("12345678901234567890")).toEqual([]);
    const runs = findDigitRuns("2024 4111 1111 1111 1111");
    expect(runs).toContainEqual({ start: 5, end: 24, digits: "4111111111111111" });
    expect(runs).toContainEqual({ start: 0, end: 9, digits: "20244111" });
    expect(runs.some((run) => run.start === 0 && run.end === 24)).toBe(false);
    expect(runs.every((run) => run.digits.length >= 7 && run.digits.length <= 19)).toBe(true);
  });
  test("the bounds can be narrowed", () => {
    expect(findDigitRuns("123 456 789 0123", 9, 10)).toEqual([
      { start: 0, end: 11, digits: "123456789" },
      { start: 4, end: 16, digits: "4567890123" },
    ]);
  });
});

describe("JSON paths of detections", () => {
  test("each offset gets the path of the value it lies in, keys that are not identifiers quoted", () => {
    const text = JSON.stringify({ a: { "b c": ["x", 12, { d: "y" }] }, e: -15 });
    const paths = jsonPathsAt(text, [
      text.indexOf('"x"') + 1,
      text.indexOf("12"),
      text.indexOf('"y"') + 1,
      text.indexOf("-15"),
    ]);
    expect([...paths.values()]).toEqual(['$.a["b c"][0]', '$.a["b c"][1]', '$.a["b c"][2].d', "$.e"]);
  });
  test("escaped quotes inside strings do not end them", () => {
    const text = JSON.stringify({ note: 'say "hi"', card: "4111" });
    expect(jsonPathsAt(text, [text.indexOf("4111")]).get(text.indexOf("4111"))).toBe("$.card");
  });
});
