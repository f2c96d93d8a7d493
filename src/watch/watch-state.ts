import type { ExceptionRecord } from "../exceptions/schema";
import { currentExceptions, STATE_KINDS } from "../register/exceptions";
import type { RegisterRecord } from "../register/record";
import type { DpiaRegister } from "../register/register";

/** Where a restart resumes: the last change recorded, by the time it happened. */
interface ResumePoint {
  id: string;
  eventTime: string;
}

/** What the register says the watch has already done. */
export interface WatchState {
  /** The key of every event handled (re-assessed, refused or passed over): each is handled once. */
  handled: Set<string>;
  resume?: ResumePoint;
  /** `exception_id@not_after` of every expiry already re-assessed. */
  expiriesHandled: Set<string>;
}

/**
 * A recorded time later than this past the record's own time is not believed for the resume point:
 * an event dated in the future (forged, or a skewed clock) would otherwise make a restart skip
 * every real event until then.
 */
const LARGEST_CLOCK_SKEW_MS = 5 * 60_000;

type EventData = { event?: { id?: unknown; key?: unknown; event_time?: unknown }; outcome?: unknown };

function resumeCandidate(record: RegisterRecord): ResumePoint | undefined {
  const data = record.data as EventData & { last?: { id?: unknown; event_time?: unknown } };
  const point = data.outcome === "gap" ? data.last : data.event;
  if (typeof data.outcome === "string" && data.outcome.startsWith("refused")) return undefined;
  if (!point || typeof point.id !== "string" || typeof point.event_time !== "string") return undefined;
  const time = Date.parse(point.event_time);
  if (Number.isNaN(time) || time > Date.parse(record.at) + LARGEST_CLOCK_SKEW_MS) return undefined;
  return { id: point.id, eventTime: point.event_time };
}

export const expiryKey = (exception: Pick<ExceptionRecord, "exception_id" | "not_after">) =>
  `${exception.exception_id}@${exception.not_after}`;

/** The watch's own records, read back: what was handled, where to resume, which expiries were re-assessed. */
function watchStateOf(records: RegisterRecord[]): WatchState {
  const state: WatchState = { handled: new Set(), expiriesHandled: new Set() };
  for (const record of records) {
    if (record.kind !== "watch-event") continue;
    const data = record.data as EventData & { exception?: { exception_id?: unknown; not_after?: unknown } };
    if (typeof data.event?.key === "string") state.handled.add(data.event.key);
    if (data.outcome === "exception-expired" && typeof data.exception?.exception_id === "string")
      state.expiriesHandled.add(`${data.exception.exception_id}@${String(data.exception.not_after)}`);
    const candidate = resumeCandidate(record);
    if (candidate && (!state.resume || Date.parse(candidate.eventTime) >= Date.parse(state.resume.eventTime)))
      state.resume = candidate;
  }
  return state;
}

export async function loadWatchState(register: DpiaRegister): Promise<WatchState> {
  return watchStateOf(await register.verifiedRecords(["watch-event"]));
}

/**
 * The exceptions whose expiry the watch re-assesses: signed by at least one approver (a bare request
 * lifts nothing) and not renewed by another (the renewal's own expiry is the one that counts).
 */
export async function watchedExceptions(register: DpiaRegister): Promise<ExceptionRecord[]> {
  const exceptions = currentExceptions(await register.verifiedRecords(STATE_KINDS));
  const renewed = new Set(exceptions.flatMap((exception) => (exception.renews ? [exception.renews] : [])));
  return exceptions.filter((exception) => exception.signatures.length > 0 && !renewed.has(exception.exception_id));
}
