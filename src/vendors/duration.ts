import { parse, toSeconds } from "iso8601-duration";

/**
 * Whole days in an ISO 8601 duration, months and years counted from a fixed reference so results
 * are stable. How a part day rounds depends on the side: what a vendor keeps rounds up (P90DT11H is
 * kept into day 91), what a purpose allows rounds down, so a part day never makes a longer retention
 * fit.
 */
export function durationDays(duration: string, partDay: "up" | "down"): number {
  // 2001-01-01 starts a common year: P1Y is 365 days, P1M 31 days.
  const days = toSeconds(parse(duration), new Date("2001-01-01T00:00:00Z")) / 86_400;
  return partDay === "up" ? Math.ceil(days) : Math.floor(days);
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
    return durationDays(value, "up");
  } catch {
    return undefined;
  }
}
