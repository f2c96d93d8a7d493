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

/** A run of digits with single spaces or dashes between groups, found once per text and shared. */
export interface DigitRun {
  start: number;
  end: number;
  digits: string;
}

/** Work shared by the detectors of one text, computed on first use. */
export interface SharedScan {
  digitRuns(): DigitRun[];
  cards(): Detection[];
}

export interface Detector {
  name: string;
  element: string;
  find(text: string, shared: SharedScan): Detection[];
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
  if (!char) return false;
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
