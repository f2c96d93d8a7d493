import { approvedBaselines } from "../drift/baselines";
import { oneLine } from "../drift/live/live-api-error";
import { postAlert } from "../drift/post-alert";
import type { ExceptionRecord } from "../exceptions/schema";
import type { Inventory } from "../inventory/model";
import type { EffectivePolicy } from "../policy/load-policy";
import type { NewRecord } from "../register/record";
import { withRegister, type DpiaRegister } from "../register/register";
import { InputError } from "../validation/input-error";
import type { ChangeSource } from "./audit-change";
import { ChangeQueue, type QueueBatch } from "./change-queue";
import { DEFAULT_OVERLAP_MS } from "./audit-query-source";
import { reassessOrg } from "./reassess";
import { reassessedRecords } from "./reassessed-records";
import { checkedAlertWebhook } from "./alert-webhook";
import { triage } from "./triage";
import { watchAlertPayload } from "./watch-alert";
import type { AlertDelivery } from "./watch-record";
import { expiryKey, loadWatchState, watchedExceptions, type WatchState } from "./watch-state";

export interface WatchOrgOptions {
  /** Where the org's changes come from (Notifications API, Audit Query polling, EventBridge). */
  source: ChangeSource;
  /** The org the credentials belong to: an event of any other org is refused (recorded, never assessed). */
  organizationId: string;
  /** Reads the org as deployed now (the live reader). */
  readOrg: () => Promise<Inventory>;
  policy: EffectivePolicy;
  /** The register (as `--register`); it holds the approvals, and every event the watch handles is recorded there. */
  register?: string;
  /** The DPO's webhook: a JSON summary (no personal data, no secrets) for each batch with a privacy-relevant change. */
  alertWebhook?: string;
  /** Stops the watch: the changes already taken are handled and recorded first. */
  signal: AbortSignal;
  /** Changes waiting at most (default 1000); beyond, a gap is recorded and the whole org re-assessed. */
  queueCapacity?: number;
  /** How often the register's exceptions are read again for new expiries (default 60 s). */
  rescanMs?: number;
  /** One line per thing worth telling (handled, refused, alerted); never a secret. */
  onLine?: (line: string) => void;
  now?: () => Date;
}

export interface WatchSummary {
  recorded: number;
  duplicates: number;
  /** Alerts the DPO's webhook accepted. */
  alerts: number;
}

/** A setTimeout longer than this fires at once. */
const LONGEST_WAIT_MS = 2_147_483_647;

/**
 * `dpia watch` as a library function: each change the source gives is handled once (duplicates,
 * across restarts too, are recognised from the register), refused when it is another org's, and
 * otherwise answered by re-assessing the org live against the last approved DPIAs; each is recorded
 * in the register and the DPO alerted when a subject is no longer as approved. Each exception's
 * expiry is re-assessed and alerted when it comes (and, after a restart, at once if it came while
 * the watch was down). Resolves when the signal aborts or the source ends; a fault (register, live
 * API, source) rejects with an InputError naming it, and nothing of the batch is recorded.
 */
export async function watchOrg(options: WatchOrgOptions): Promise<WatchSummary> {
  const now = options.now ?? (() => new Date());
  checkedAlertWebhook(options.alertWebhook);
  const open = <T>(action: (register: DpiaRegister) => Promise<T>) =>
    withRegister({ url: options.register, write: true }, action);
  const { state, exceptions } = await open(async (register) => {
    await assertApprovals(register);
    return { state: await loadWatchState(register), exceptions: await watchedExceptions(register) };
  });
  const watch = new Watch(options, state, exceptions, now, open);
  return watch.run();
}

async function assertApprovals(register: DpiaRegister): Promise<void> {
  if (approvedBaselines(await register.verifiedRecords(["assessment"])).length > 0) return;
  throw new InputError([
    {
      file: register.location,
      location: "",
      expected: "a register with at least one approved DPIA to compare with (record approvals with dpia gate first)",
    },
  ]);
}

/**
 * Where a restarted source resumes: as far before the last change recorded as the source says it may
 * have held changes back (an audit indexed late, a new entity only a sweep finds), not the change
 * itself, since a source passes nothing on from before the point it is given. What comes again from
 * that stretch is recognised by its key in the register and handled once.
 */
function reachedBack(resume: WatchState["resume"], reachMs: number): WatchState["resume"] {
  if (!resume) return undefined;
  return { id: resume.id, eventTime: new Date(Date.parse(resume.eventTime) - reachMs).toISOString() };
}

type Open = <T>(action: (register: DpiaRegister) => Promise<T>) => Promise<T>;

class Watch {
  private readonly queue: ChangeQueue;
  private readonly summary: WatchSummary = { recorded: 0, duplicates: 0, alerts: 0 };
  private lastScan: number;

  constructor(
    private readonly options: WatchOrgOptions,
    private readonly state: WatchState,
    private exceptions: ExceptionRecord[],
    private readonly now: () => Date,
    private readonly open: Open,
  ) {
    this.queue = new ChangeQueue(options.queueCapacity ?? 1000);
    this.lastScan = now().getTime();
  }

  async run(): Promise<WatchSummary> {
    const { signal } = this.options;
    // The source stops with the watch: on the caller's signal, and when a batch fails.
    const sourceStop = new AbortController();
    const stop = () => {
      sourceStop.abort();
      this.queue.close();
    };
    signal.addEventListener("abort", stop, { once: true });
    // Aborted while the register was read: the listener would never fire.
    if (signal.aborted) stop();
    let sourceFault: unknown;
    const pump = this.pump(sourceStop.signal).catch((error: unknown) => {
      sourceFault = error;
      this.queue.close();
    });
    try {
      for (let batch = await this.queue.take(this.wait()); batch; batch = await this.queue.take(this.wait()))
        await this.handle(batch);
    } finally {
      signal.removeEventListener("abort", stop);
      stop();
    }
    await pump;
    if (sourceFault !== undefined && !signal.aborted) throw sourceFault;
    return this.summary;
  }

  private async pump(signal: AbortSignal): Promise<void> {
    const { source } = this.options;
    for await (const change of source.changes({
      after: reachedBack(this.state.resume, source.resumeReachMs ?? DEFAULT_OVERLAP_MS),
      signal,
    })) {
      if (signal.aborted) break;
      this.queue.push(change);
    }
    this.queue.close();
  }

  /** Until the next expiry is due, or the next rescan of the register's exceptions. */
  private wait(): number {
    const now = this.now().getTime();
    const next = this.pendingExpiries().reduce((soonest, e) => Math.min(soonest, Date.parse(e.not_after)), Infinity);
    const rescan = this.lastScan + (this.options.rescanMs ?? 60_000);
    return Math.min(LONGEST_WAIT_MS, Math.max(0, Math.min(next, rescan) - now));
  }

  private pendingExpiries(): ExceptionRecord[] {
    return this.exceptions.filter((exception) => !this.state.expiriesHandled.has(expiryKey(exception)));
  }

  private async handle(batch: QueueBatch): Promise<void> {
    const at = this.now();
    const sorted = triage(batch.changes, this.state.handled, this.options.organizationId, at);
    this.summary.duplicates += sorted.duplicates;
    const expired = this.pendingExpiries().filter((exception) => Date.parse(exception.not_after) <= at.getTime());
    const reassess = sorted.toAssess.length > 0 || expired.length > 0 || !!batch.gap;
    const rescan = at.getTime() - this.lastScan >= (this.options.rescanMs ?? 60_000);
    if (!reassess && sorted.records.length === 0 && sorted.alerts.length === 0 && !rescan) return;
    const { records, delivery } = await this.open(async (register) => {
      const done = reassess
        ? reassessedRecords(
            await reassessOrg(register, this.options.readOrg, { policy: this.options.policy, now: at, warnings: [] }),
            { changes: sorted.toAssess, expired, gap: batch.gap },
            at,
          )
        : { records: [], alerted: [] };
      const all = [...sorted.records, ...sorted.alerts, ...done.records];
      // Alerted before recording, so that each record can say whether its alert was delivered.
      const delivery = await this.alert(at, all, done.alerted);
      if (all.length > 0) await register.appendAll(all);
      if (rescan || expired.length > 0) this.exceptions = await watchedExceptions(register);
      return { records: all, delivery };
    });
    if (rescan) this.lastScan = at.getTime();
    for (const key of sorted.keys) this.state.handled.add(key);
    for (const exception of expired) this.state.expiriesHandled.add(expiryKey(exception));
    if (batch.gap) this.state.resume = { id: batch.gap.last.id, eventTime: batch.gap.last.eventTime };
    this.summary.recorded += records.length;
    this.tell(records, delivery);
  }

  /**
   * Posts the batch's alert when a record needs the DPO, and marks each such record with what came
   * of it. A failed POST is recorded as failed and not retried with a later batch: the register
   * says so durably, the watch warns, and a later batch's alert could not make this record true.
   */
  private async alert(
    at: Date,
    records: NewRecord[],
    subjects: Parameters<typeof watchAlertPayload>[2],
  ): Promise<{ status?: AlertDelivery; problem?: string }> {
    const needing = records.filter((record) => record.data.needs_dpo === true);
    if (needing.length === 0) return {};
    const { alertWebhook } = this.options;
    const problem = alertWebhook ? await postAlert(alertWebhook, watchAlertPayload(at, records, subjects)) : undefined;
    const status: AlertDelivery = !alertWebhook ? "not-configured" : problem ? "failed" : "sent";
    for (const record of needing) record.data.alert = status;
    if (status === "sent") this.summary.alerts++;
    return { status, problem };
  }

  private tell(records: NewRecord[], delivery: { status?: AlertDelivery; problem?: string }): void {
    const line = this.options.onLine ?? (() => undefined);
    for (const record of records)
      line(
        `${String(record.data.outcome)} ${oneLine(record.subject)}${record.data.needs_dpo ? ` (alert ${delivery.status})` : ""}`,
      );
    if (delivery.problem) line(`warning: ${delivery.problem}: the DPO was not alerted (recorded as alert failed)`);
  }
}
