/**
 * What the DPO writes on the page: a cell the tool cannot know (a purpose, a lawful basis, a name)
 * is left to complete, and a choice is a row of boxes to tick. The Markdown shows the marker as text,
 * the HTML as a line to write on.
 */
export const TO_COMPLETE = "\u2026to complete\u2026";

/** A cell of boxes to tick, one per option (ICO step 6: eliminated / reduced / accepted). */
export const choices = (...options: string[]): string =>
  // A no-break space holds each box to its label when a narrow cell wraps.
  options.map((option) => `\u2610\u00a0${option}`).join("  ");

/** A table of plain text, shown alike by the Markdown and the HTML rendering (each escapes it its own way). */
export interface WorksheetTable {
  caption: string;
  headers: string[];
  rows: string[][];
}
