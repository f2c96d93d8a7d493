/**
 * SQLite's result codes, primary and extended, read from the `#define`s of sqlite3.h: the numbers
 * node:sqlite reports as `errcode` and the names better-sqlite3 reports as `code`.
 */
export function resultCodesFromHeader(header: string): Record<string, string> {
  const primaries = new Map<string, number>();
  const codes: Record<string, string> = {};
  // The primary codes sit between SQLITE_OK and SQLITE_DONE, each a plain number with a comment.
  const block = /#define SQLITE_OK\s+0[\s\S]*?#define SQLITE_DONE\s+101\b/.exec(header)?.[0];
  if (!block) throw new Error("sqlite3.h: the block of primary result codes (SQLITE_OK … SQLITE_DONE) was not found");
  for (const [, name = "", value = ""] of block.matchAll(/^#define (SQLITE_[A-Z_]+)\s+(\d+)\b/gm)) {
    primaries.set(name, Number(value));
    codes[value] = name;
  }
  for (const [, name = "", primary = "", shift = ""] of header.matchAll(
    /^#define (SQLITE_[A-Z_]+)\s+\((SQLITE_[A-Z]+)\s*\|\s*\((\d+)\s*<<\s*8\)\)/gm,
  )) {
    const base = primaries.get(primary);
    if (base === undefined) continue;
    codes[String(base | (Number(shift) << 8))] = name;
  }
  return codes;
}
