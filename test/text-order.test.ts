import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { compareText } from "../src/text-order";
import { random } from "./fuzz/harness";
import { runDpia } from "./helpers/run-cli";
import { tempDir } from "./helpers/stacks";

// Every order the gate writes or hashes is the order an en-US machine's localeCompare gave (src/text-order.ts), on
// any machine. Printable ASCII is compared without ICU: here it is held to ICU itself, on every pair of short texts
// and on long random ones.

const icu = new Intl.Collator("en-US");
const sign = (value: number) => Math.sign(value);
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

describe("the order of text", () => {
  test("printable ASCII: every text of up to two characters sorts as ICU sorts it under en-US", () => {
    const texts = [""];
    for (const a of PRINTABLE) {
      texts.push(a);
      for (const b of PRINTABLE) texts.push(a + b);
    }
    const ours = [...texts].sort(compareText);
    const theirs = [...texts].sort(icu.compare);
    expect(ours).toEqual(theirs);
  });

  test("printable ASCII: random texts, mostly alike (case, punctuation, lengths), compare as ICU compares them", () => {
    const { next } = random(28); // seeded: a failure runs again as it was
    // Terraform's characters more often than the rest, so that long common prefixes and case-only differences occur.
    const alphabet = [..."aAbBzZ09_-.", ...PRINTABLE];
    const text = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]!).join("");
    const mismatches: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const a = text(Math.floor(next() * 12));
      // Half the time, b is a with one character changed, its case changed or one added.
      let b = text(Math.floor(next() * 12));
      if (next() < 0.5 && a.length > 0) {
        const at = Math.floor(next() * a.length);
        const choice = next();
        const changed = choice < 0.4 ? a[at]!.toUpperCase() : choice < 0.7 ? a[at]!.toLowerCase() : text(1);
        b = a.slice(0, at) + changed + a.slice(at + 1) + (next() < 0.3 ? text(1) : "");
      }
      if (sign(compareText(a, b)) !== sign(icu.compare(a, b)))
        mismatches.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  test("other text is ICU's en-US order, not the machine's", () => {
    expect(["zebra", "ærø", "Äpfel", "apple", "çava"].sort(compareText)).toEqual(
      ["zebra", "ærø", "Äpfel", "apple", "çava"].sort(icu.compare),
    );
    expect(compareText("é", "é")).toBe(0);
  });

  test("texts ICU holds equal are ordered by code unit: the order never depends on the order they came in", () => {
    const equalToIcu = ["e\u0301", "\u00e9", "a\u0000b", "a\u0001b", "ab", "a\u200bb"];
    expect(icu.compare("e\u0301", "\u00e9")).toBe(0); // why this test exists
    const sorted = [...equalToIcu].sort(compareText);
    expect([...equalToIcu].reverse().sort(compareText)).toEqual(sorted);
    for (const a of equalToIcu)
      for (const b of equalToIcu) {
        expect(sign(compareText(a, b)) + sign(compareText(b, a))).toBe(0);
        if (a !== b) expect(compareText(a, b)).not.toBe(0);
        const theirs = icu.compare(a, b);
        if (theirs !== 0) expect(sign(compareText(a, b))).toBe(sign(theirs));
      }
  });

  test("the same configuration gets the same DPIA and fingerprint whatever the machine's locale (Danish: aa after z)", () => {
    const folder = tempDir("dpia-text-order-");
    fs.writeFileSync(
      path.join(folder, "main.tf"),
      [
        `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}`,
        `resource "genesyscloud_integration" "crm" {\n  intended_state   = "ENABLED"\n  integration_type = "custom-rest-actions"\n  config {\n    name = "CRM"\n  }\n}`,
        ...["aa_lookup", "update"].map(
          (name) =>
            `resource "genesyscloud_integration_action" "${name}" {\n  name           = "${name}"\n  category       = "CRM"\n  integration_id = genesyscloud_integration.crm.id\n  contract_input = jsonencode({ type = "object", properties = { phoneNumber = { type = "string" } } })\n  contract_output = jsonencode({ type = "object", properties = {} })\n  config_request {\n    request_url_template = "https://api.crm.example.com/customers?phone=$\${input.phoneNumber}"\n    request_type         = "GET"\n  }\n}`,
        ),
      ].join("\n\n"),
    );
    const outputs = ["en_US.UTF-8", "da_DK.UTF-8", "et_EE.UTF-8"].map((locale, index) => {
      const result = runDpia(
        ["gate", folder, "--format", "json", "--register", path.join(folder, `register-${index}.db`)],
        { env: { LC_ALL: locale, LANG: locale } },
      );
      expect(result.status, result.stderr).not.toBe(2);
      return result.stdout.replace(/"timestamp": "[^"]*"/g, "");
    });
    const [english, danish, estonian] = outputs as [string, string, string];
    expect(english).toMatch(/"fingerprint": "sha256:[0-9a-f]{64}"/);
    expect(english.indexOf("integration_action.aa_lookup")).toBeLessThan(english.indexOf("integration_action.update"));
    expect(danish).toBe(english);
    expect(estonian).toBe(english);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
