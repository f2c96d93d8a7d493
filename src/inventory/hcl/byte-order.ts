/**
 * Go's string order (os.ReadDir, sort.Strings, cty's set elements and object keys): UTF-8 bytes,
 * which is Unicode code point order. JavaScript's `<` compares UTF-16 code units: the same order
 * except where a surrogate (a character past U+FFFF) meets U+E000..U+FFFF.
 */
export function byteOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const surrogateX = x >= 0xd800 && x <= 0xdfff;
    const surrogateY = y >= 0xd800 && y <= 0xdfff;
    if (surrogateX !== surrogateY && (surrogateX ? y : x) >= 0xe000) return surrogateX ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
