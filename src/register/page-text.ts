import { escapeControlCharacters } from "../report/safe-text";

/**
 * A value from the register on one line of a Markdown table cell: its control characters shown as escapes (a
 * terminal or viewer never obeys them), no markup, no cell break.
 */
export function markdownCell(value: string): string {
  return escapeControlCharacters(value.replace(/\r?\n/g, " "))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|");
}

/** A value from the register as HTML text: control characters shown as escapes, no markup. */
export function htmlText(value: string): string {
  return escapeControlCharacters(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
