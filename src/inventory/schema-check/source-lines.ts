/** How far past a declaration a name is looked for: a block is rarely longer, and the search stays linear. */
const MAX_BLOCK_LINES = 2_000;
/** A top-level block of native syntax: the declaration searched from has ended. */
const TOP_LEVEL = /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b/;

const linesOf = new Map<string, string[]>();

/** The text's lines, split once per text (the last one kept: problems come file by file). */
function lines(text: string): string[] {
  let found = linesOf.get(text);
  if (!found) {
    linesOf.clear();
    found = text.split("\n");
    linesOf.set(text, found);
  }
  return found;
}

/**
 * The line where `names` (an attribute path; "dynamic" steps left out) is written, searching
 * forward from the declaration on line `from`, within its block; else the last line found.
 */
export function lineOfPath(text: string, from: number, names: string[]): number {
  const all = lines(text);
  const end = Math.min(all.length, from + MAX_BLOCK_LINES);
  let line = from;
  for (const name of names) {
    if (name === "dynamic") continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`^[ \\t]*(?:("?)${escaped}\\1[ \\t]*[:={]|dynamic[ \\t]+"${escaped}")`);
    let found = -1;
    for (let index = line - 1; index < end && !(index > from - 1 && TOP_LEVEL.test(all[index]!)); index++) {
      if (pattern.test(all[index]!)) {
        found = index;
        break;
      }
    }
    if (found < 0) break;
    line = found + 1;
  }
  return line;
}
