import { escapeControlCharacters } from "../report/safe-text";

/**
 * What a command prints for a person or a CI log. Names, reasons and messages come from the
 * configuration and the register: shown with their control characters escaped, never obeyed.
 */
export function printOut(text: string): void {
  process.stdout.write(escapeControlCharacters(text, { multiline: true }));
}

/** A warning on stderr, one line whatever the value it quotes. */
export function printWarning(text: string): void {
  process.stderr.write(`warning: ${escapeControlCharacters(text)}\n`);
}
