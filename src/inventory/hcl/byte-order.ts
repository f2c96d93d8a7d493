/** Go's string order (os.ReadDir, sort.Strings, cty sets): UTF-8 bytes, which JavaScript's UTF-16 sort differs from past the BMP. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
