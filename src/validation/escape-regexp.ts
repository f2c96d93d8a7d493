/** A label or name taken literally inside a regular expression: it comes from user input. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
