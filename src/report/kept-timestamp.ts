/** The top-level `timestamp` of a DPIA as `jsonForOutput(dpia)` writes it (only top-level keys are indented by two). */
const TIMESTAMP_LINE = /\n {2}"timestamp": "(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)",\n/;

/**
 * The timestamp of a DPIA file already on disk when it says exactly what the fresh DPIA says but
 * for when it was assessed; otherwise undefined (the file must be written). A timestamp that is
 * not one the gate writes, or that is later than the fresh one, is not kept: a hand-edited file is
 * rewritten, never vouched for.
 */
export function keptTimestamp(existing: string, fresh: string): string | undefined {
  const before = TIMESTAMP_LINE.exec(existing);
  const now = TIMESTAMP_LINE.exec(fresh);
  if (!before || !now || before[1]! > now[1]!) return undefined;
  const rebuilt = `${existing.slice(0, before.index)}${now[0]}${existing.slice(before.index + before[0].length)}`;
  return rebuilt === fresh ? before[1] : undefined;
}
