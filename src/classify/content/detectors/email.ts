import { clamp, type Detection, type Detector } from "../detection";

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** Letters, digits and . _ % + - */
function isLocal(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}
/** Letters, digits, . and - */
function isDomain(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 45;
}
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function maskEmail(local: string, domain: string): string {
  return `${local[0] ?? ""}***@${domain}`;
}

/**
 * Anchored on each "@" and grown outwards with bounded character classes: linear in the input,
 * whatever it holds (no backtracking regular expression over the whole text).
 */
export const emailDetector: Detector = {
  name: "email",
  element: "contact_pii",
  find(text) {
    const found: Detection[] = [];
    let at = text.indexOf("@");
    while (at >= 0) {
      let start = at;
      while (start > 0 && at - start < MAX_LOCAL && isLocal(text.charCodeAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && end - at <= MAX_DOMAIN && isDomain(text.charCodeAt(end))) end++;
      while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
      const local = text.slice(start, at).replace(/^[.]+/, "");
      const domain = text.slice(at + 1, end);
      const labels = domain.split(".");
      const tld = labels[labels.length - 1] ?? "";
      if (
        local.length > 0 &&
        labels.length >= 2 &&
        labels.every((label) => label.length > 0) &&
        /^[A-Za-z]{2,}$/.test(tld)
      ) {
        const testDomain = /(^|\.)(example\.(com|org|net)|test|invalid|localhost)$/i.test(domain);
        found.push({
          detector: "email",
          element: "contact_pii",
          confidence: clamp(testDomain ? 0.6 : 0.9),
          start: at - local.length,
          end,
          masked: maskEmail(local, domain),
        });
      }
      at = text.indexOf("@", at + 1);
    }
    return found;
  },
};
