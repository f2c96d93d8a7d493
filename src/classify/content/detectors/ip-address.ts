import { isIPv4, isIPv6 } from "node:net";
import { clamp, isWordChar, type Detection, type Detector } from "../detection";

export function maskIp(address: string): string {
  return address.includes(":")
    ? `${address.split(":").slice(0, 2).join(":")}:****`
    : `${address.split(".").slice(0, 2).join(".")}.*.*`;
}

const IPV4 = /\d{1,3}(?:\.\d{1,3}){3}/g;
const IPV6 = /(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?![\w:])/g;

/** IPv4 and IPv6 addresses validated by Node's parser; version-like strings are near misses. */
export const ipAddressDetector: Detector = {
  name: "ip-address",
  element: "online_identifiers",
  find(text) {
    const found: Detection[] = [];
    // Every IPv6 address has "::" or "hex:hex": without either, skip its costlier pattern.
    const patterns = /[0-9A-Fa-f]:[0-9A-Fa-f]|::/.test(text) ? [IPV4, IPV6] : [IPV4];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const token = match[0];
        if (pattern === IPV4) {
          const before = text[match.index - 1];
          const after = text[match.index + token.length];
          if (
            isWordChar(before) ||
            before === "." ||
            isWordChar(after) ||
            (after === "." && /\d/.test(text[match.index + token.length + 1] ?? ""))
          )
            continue;
        }
        const v4 = pattern === IPV4 && isIPv4(token);
        if (!v4 && !(pattern === IPV6 && isIPv6(token))) continue;
        const versionLike = v4 && /v(ersion)?\s*$/i.test(text.slice(Math.max(0, match.index - 8), match.index));
        found.push({
          detector: "ip-address",
          element: "online_identifiers",
          confidence: clamp(versionLike ? 0.2 : 0.8),
          start: match.index,
          end: match.index + token.length,
          masked: maskIp(token),
        });
      }
    }
    return found;
  },
};
