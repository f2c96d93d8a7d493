/**
 * JSON Schema and XML keys whose URL values identify a format (a schema dialect, a schema, a
 * namespace): validators and parsers compare them as names and never send data to them.
 */
const IDENTIFIER_KEYS = new Set(["$schema", "$id", "$ref", "xmlns", "@xmlns"]);
const IDENTIFIER_PREFIXES = ["xmlns:", "@xmlns:"];

/** Keys of prose for people (descriptions, notes, titles): a link written there is read, never called. */
const PROSE_KEYS = new Set(["description", "$comment", "notes", "title", "documentation"]);

/** The last key of an attribute path such as `contract_input.properties.phone.description` or `items[0].$id`. */
function lastKey(path: string): string {
  // Most paths end in a key: only one ending in an index needs the regex (this runs for every string attribute).
  const withoutIndex = path.endsWith("]") ? path.replace(/(\[\d+\])+$/, "") : path;
  return withoutIndex.slice(withoutIndex.lastIndexOf(".") + 1);
}

/** True when the value at this path names a format, not a place data is sent (`$schema: http://json-schema.org/...`). */
export function isFormatIdentifier(path: string): boolean {
  return isFormatKey(lastKey(path));
}

function isFormatKey(key: string): boolean {
  return IDENTIFIER_KEYS.has(key) || IDENTIFIER_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * True when a URL at this path is not a destination: a format identifier, or a link in prose
 * (a description's documentation link). Only for hosts named anywhere in the configuration; the
 * attributes that do send data are read by the subject builders, whatever they hold.
 */
export function namesNoDestination(path: string): boolean {
  const key = lastKey(path);
  return isFormatKey(key) || PROSE_KEYS.has(key);
}
