import { parse, toSeconds } from "iso8601-duration";

/** Days in an ISO 8601 duration, months and years counted from a fixed reference so results are stable. */
export function durationDays(duration: string): number {
  // 2001-01-01 starts a common year: P1Y is 365 days, P1M 31 days.
  return Math.round(toSeconds(parse(duration), new Date("2001-01-01T00:00:00Z")) / 86_400);
}

/** fides keeps `retention_period` as days, as a number or a string ("90", "90 days"); anything else is unknown. */
export function fidesRetentionDays(value: string | number | undefined): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = /^\s*(\d+)\s*(days?)?\s*$/i.exec(value);
  if (match) return Number(match[1]);
  return /^P/.test(value.trim()) ? safeDuration(value.trim()) : undefined;
}

function safeDuration(value: string): number | undefined {
  try {
    return durationDays(value);
  } catch {
    return undefined;
  }
}
