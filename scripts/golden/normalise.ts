import * as path from "node:path";

/**
 * What may differ between two runs of the same input: the clock and the scratch folder. Everything
 * else in a DPIA or a gate's JSON output must be byte-identical.
 */
export function normalise(text: string, replacements: Record<string, string>): string {
  let result = text.replace(/"timestamp": "[^"]*"/g, '"timestamp": "<timestamp>"');
  // Longest first, so that a folder inside another is replaced before its parent.
  for (const [from, to] of Object.entries(replacements).sort(([a], [b]) => b.length - a.length)) {
    result = result.split(from).join(to);
    const relative = path.relative(process.cwd(), from);
    if (relative && relative !== from) result = result.split(relative).join(to);
  }
  return result;
}
