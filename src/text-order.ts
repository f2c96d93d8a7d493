/**
 * The order of text in everything the gate writes or hashes (resources in a fingerprint, subjects, findings, files):
 * the order `String.prototype.localeCompare` gave on an en-US machine, whatever the machine's own locale.
 * `localeCompare` follows the locale of the environment: under LANG=da_DK "aa" sorts after "z", under et_EE "z"
 * sorts before "t", so the same configuration gave another fingerprint, and an exception signed for it no longer
 * matched, on a machine set up in another language. The en-US order is kept so that fingerprints already signed and
 * registered stay what they were.
 *
 * Text of printable ASCII (Terraform addresses, rule ids, most messages) is compared here without ICU, whose collator
 * costs about 15 ms to create at a run's first comparison; the order is ICU's root collation for those characters,
 * checked against ICU itself in test/text-order.test.ts. Any other text is compared by ICU under en-US. Only the same
 * text compares equal.
 */

/** Printable ASCII in ICU's root collation order; a letter and its capital share a place, the small letter first. */
const ROOT_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

/** Each printable ASCII character's place in ROOT_ORDER, its capital's the same; 0 for any other character. */
const PRIMARY = new Uint8Array(128);
let place = 0;
for (const character of ROOT_ORDER) {
  const code = character.charCodeAt(0);
  const capitalOfPrevious = code >= 0x41 && code <= 0x5a;
  if (!capitalOfPrevious) place++;
  PRIMARY[code] = place;
}

let collator: Intl.Collator | undefined;

function printableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Negative, zero or positive as `a` sorts before, with or after `b`: for `Array.prototype.sort`. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (!printableAscii(a) || !printableAscii(b)) {
    // ICU holds some different texts equal (control characters, "e\u0301" and "\u00e9"): they are then ordered by
    // code unit, so that the order, and a fingerprint over it, never depends on the order they came in.
    const order = (collator ??= new Intl.Collator("en-US")).compare(a, b);
    return order !== 0 ? order : a < b ? -1 : 1;
  }
  const length = Math.min(a.length, b.length);
  // First the characters, case aside; then, between texts that differ only in case, the first small letter first.
  let caseOrder = 0;
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const difference = (PRIMARY[x] ?? 0) - (PRIMARY[y] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
    if (caseOrder === 0) caseOrder = x > y ? -1 : 1; // the same letter: the small one (the greater code) first
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return caseOrder;
}
