import pc from "picocolors";
import type { TextStyle } from "../report/formats/text";

/**
 * Whether to colour what goes to `stream`: FORCE_COLOR wins when set (`0` or `false` turns colour
 * off, as Node and chalk read it), then a non-empty NO_COLOR turns it off (no-color.org), else only
 * on a terminal that is not `dumb`. CI logs get plain text unless FORCE_COLOR asks for colour.
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  return !!stream.isTTY && env.TERM !== "dumb";
}

/** The text report's styles in colour: red for what blocks, yellow for High, green for approved. */
export function textStyle(enabled: boolean): TextStyle | undefined {
  if (!enabled) return undefined;
  const colours = pc.createColors(true);
  return {
    blocked: (text) => colours.bold(colours.red(text)),
    approved: (text) => colours.green(text),
    risk: (level, text) => (level === "Critical" ? colours.red(text) : level === "High" ? colours.yellow(text) : text),
    dim: (text) => colours.dim(text),
  };
}
