const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Go's string order (os.ReadDir, sort.Strings, cty sets): UTF-8 bytes, which is code point order.
 * JavaScript's `<` compares UTF-16 code units, the same order except where a surrogate pair (a
 * character past U+FFFF) meets U+E000–U+FFFF; only then are the bytes compared.
 */
export function byteOrder(a: string, b: string): number {
  if (SURROGATE.test(a) || SURROGATE.test(b)) return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
  return a < b ? -1 : a > b ? 1 : 0;
}
