import type { ExceptionRecord } from "./schema";

/** An exception whose window has closed or closes soon, as a scheduled job lists it. */
export interface DueException {
  exception: ExceptionRecord;
  state: "expired" | "expiring";
  /** Milliseconds since it expired (expired) or until it expires (expiring). */
  distanceMs: number;
  /** A later exception that renews this one, when there is one. */
  renewedBy?: string;
}

/**
 * The exceptions a scheduled job must act on: those whose window closed within `lookBackMs` (their
 * subjects are blocked again and need re-assessing), then those closing within `lookAheadMs`. Expired
 * first, the longest expired first; then the soonest to expire. Pure: the clock is passed in.
 */
export function dueExceptions(
  exceptions: readonly ExceptionRecord[],
  now: Date,
  window: { lookAheadMs: number; lookBackMs: number },
): DueException[] {
  const at = now.getTime();
  const renewals = new Map(
    exceptions.flatMap((exception) => (exception.renews ? [[exception.renews, exception.exception_id] as const] : [])),
  );
  const due: DueException[] = [];
  for (const exception of exceptions) {
    const end = Date.parse(exception.not_after);
    const renewedBy = renewals.get(exception.exception_id);
    const entry = { exception, ...(renewedBy ? { renewedBy } : {}) };
    if (end <= at && at - end <= window.lookBackMs) due.push({ ...entry, state: "expired", distanceMs: at - end });
    else if (end > at && end - at <= window.lookAheadMs)
      due.push({ ...entry, state: "expiring", distanceMs: end - at });
  }
  const expired = due.filter((entry) => entry.state === "expired").sort((a, b) => b.distanceMs - a.distanceMs);
  const expiring = due.filter((entry) => entry.state === "expiring").sort((a, b) => a.distanceMs - b.distanceMs);
  return [...expired, ...expiring];
}

/** A duration as a person reads it in a log: `2d 4h`, `3h 12m`, `45m`, `less than a minute`. */
export function humanDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return rest > 0 ? `${hours}h ${rest}m` : `${hours}h`;
  return `${rest}m`;
}
