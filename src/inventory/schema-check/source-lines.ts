/** The line where `names` (an attribute path, "dynamic" steps left out) is written, searching forward from `from`. */
export function lineOfPath(text: string, from: number, names: string[]): number {
  const lines = text.split("\n");
  let line = from;
  for (const name of names) {
    if (name === "dynamic") continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`^[ \\t]*(?:("?)${escaped}\\1[ \\t]*[:={]|dynamic[ \\t]+"${escaped}")`);
    const found = lines.findIndex((text, index) => index >= line - 1 && pattern.test(text));
    if (found < 0) break;
    line = found + 1;
  }
  return line;
}
