import { describe, expect, test } from "vitest";
import { hideSecrets, maskPersonalData } from "../../src/classify/content/mask-text";

const hidden = (text: string) => hideSecrets(text, () => "[redacted]");

describe("hideSecrets: credentials written into free text", () => {
  test.each([
    ["https://x.example.eu/a?access_token=abc123XYZ&b=1", "https://x.example.eu/a?access_token=[redacted]&b=1"],
    ["password=Hunter2Secret, then more", "password=[redacted], then more"],
    ['{"apiKey": "k-123456"}', '{"apiKey": "[redacted]"}'],
    ["Authorization: Bearer eyJhbGciOi.payload.sig", "Authorization: Bearer [redacted]"],
    ["use Basic dXNlcjpwYXNzd29yZA== here", "use Basic [redacted] here"],
    ["token ghp_abcdefghijklmnopqrstuvwxyz0123456789 end", "token [redacted] end"],
    ["key AKIAIOSFODNN7EXAMPLE", "key [redacted]"],
    ["https://x/?client_secret=abc123&sig=def456", "https://x/?client_secret=[redacted]&sig=[redacted]"],
    ["secretKey: s3cr3t-value", "secretKey: [redacted]"],
  ])("%s", (text, expected) => {
    expect(hidden(text)).toBe(expected);
  });

  test("references to credentials and ordinary prose are left as they are", () => {
    for (const text of [
      "https://x.example.eu/a?token=${input.token}&b=1",
      "Bearer ${credentials.token}",
      "Authorization: Basic $!{auth}",
      "Looks up the caller's account by phone number",
      "A tokenised card reference is sent, never the card",
      "https://x.example.eu/a?design=blue&signal=on",
      "tokenised: yes; designer: Ann",
    ])
      expect(hidden(text)).toBe(text);
  });

  test("personal data is masked as the detectors show it", () => {
    expect(maskPersonalData("test card 4111-1111-1111-1111")).toBe("test card 4111 **** **** 1111");
  });
});
