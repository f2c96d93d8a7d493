/** Every control character (C0, DEL, C1) as a \u escape: text from a source cannot recolour or split a line. */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A name a source sent (a fides_key), quoted for a one-line message: at most 80 characters, controls escaped. */
export function quoted(name: string): string {
  return escapeControls(JSON.stringify(name.slice(0, 80)));
}
