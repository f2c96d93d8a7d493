import { isIPv4, isIPv6 } from "node:net";
import { clamp, isWordChar, type Detection, type Detector } from "../detection";

export function maskIp(address: string): string {
  return address.includes(":") ? `${address.split(":").slice(0, 2).join(":")}:****` : `${address.split(".").slice(0, 2).join(".")}.*.*`;
}

/** IPv4 and IPv6 addresses (validated by Node's parser); version-like strings are skipped. */
export const ipAddressDetector: Detector = {
  name: "ip-address",
  element: "online_identifiers",
  find(text) {
    const found: Detection[] = [];
    let i = 0;
    while (i < text.length) {
      if (!/[0-9a-fA-F:]/.test(text[i]!) || isWordChar(text[i - 1]) || text[i - 1] === "." || text[i - 1] === ":") {
        i++;
        continue;
      }
      let j = i;
      while (j < text.length && j - i < 45 && /[0-9a-fA-F.:]/.test(text[j]!)) j++;
      let token = text.slice(i, j);
      while (token.endsWith(".") || token.endsWith(":")) token = token.slice(0, -1);
      const followed = isWordChar(text[i + token.length]) && text[i + token.length] !== undefined;
      const v4 = isIPv4(token);
      const v6 = !v4 && token.includes(":") && token.split(":").length > 2 && isIPv6(token);
      if ((v4 || v6) && !followed) {
        const versionLike = v4 && /v(ersion)?\s*$/i.test(text.slice(Math.max(0, i - 8), i));
        found.push({ detector: "ip-address", element: "online_identifiers", confidence: clamp(versionLike ? 0.2 : 0.8), start: i, end: i + token.length, masked: maskIp(token) });
      }
      i = Math.max(j, i + 1);
    }
    return found;
  },
};
