/** One sensitive value found in text. The value itself is never kept: only its masked form. */
export interface Detection {
  detector: string;
  /** The data element it adds, e.g. `payment_card_pan`. */
  element: string;
  /** 0..1. Checksums and nearby context words raise it; failed checks and contrary words lower it. */
  confidence: number;
  start: number;
  end: number;
  masked: string;
}

/** Detections below this confidence are near misses: counted, not treated as data. */
export const CONFIDENCE_THRESHOLD = 0.5;

export interface Detector {
  name: string;
  element: string;
  find(text: string): Detection[];
}

/** Lower-cased text just before a match, for context words. */
export function contextBefore(text: string, start: number, width = 48): string {
  return text.slice(Math.max(0, start - width), start).toLowerCase();
}

export function contextAround(text: string, start: number, end: number, width = 48): string {
  return text.slice(Math.max(0, start - width), Math.min(text.length, end + width)).toLowerCase();
}

export function hasAny(window: string, words: readonly string[]): boolean {
  return words.some((word) => window.includes(word));
}

export function clamp(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isWordChar(char: string | undefined): boolean {
  return !!char && /[A-Za-z0-9_]/.test(char);
}
