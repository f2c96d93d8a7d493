import { escapeControlCharacters, visibleEscape } from "../safe-text";

/**
 * What XML 1.0 forbids even as a character reference (`&#x1;` is not well-formed): C0 controls but
 * tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates. They are written as visible escapes.
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeMarkup(text: string): string {
  return escapeControlCharacters(text, { multiline: true })
    .replace(NOT_XML, visibleEscape)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Element content: valid XML 1.0 whatever the text holds; its line breaks kept, every other control escaped. */
export function xmlText(text: string): string {
  return escapeMarkup(text);
}

/** An attribute value: as element content, with line breaks and tabs as references so that parsers keep them. */
export function xmlAttribute(text: string): string {
  return escapeMarkup(text).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
