import type { AuditChange, ChangeSource } from "../../../src/watch/audit-change";

export interface Collector {
  got: AuditChange[];
  /** Resolves once `count` changes arrived; rejects with the source's error if it ends in one. */
  until(count: number): Promise<AuditChange[]>;
  /** The error the source ended with (waits for it). */
  failure(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Every collector started and not yet stopped by stopCollectors(). */
const collecting: Collector[] = [];

/** Stops every collector started since the last call (a test that failed before stopping its own included). */
export async function stopCollectors(): Promise<void> {
  for (const collector of collecting.splice(0)) await collector.stop();
}

/** Reads a source in the background, as the watch does, so that a test can change the org meanwhile. */
export function collect(source: ChangeSource, after?: { id: string; eventTime: string }): Collector {
  const controller = new AbortController();
  const got: AuditChange[] = [];
  let wake: () => void = () => undefined;
  let ended: { error?: unknown } | undefined;
  const done = (async () => {
    try {
      for await (const change of source.changes({ after, signal: controller.signal })) {
        got.push(change);
        wake();
      }
      ended = {};
    } catch (error) {
      ended = { error };
    }
    wake();
  })();
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  const collector: Collector = {
    got,
    async until(count) {
      while (got.length < count) {
        if (ended) throw ended.error ?? new Error(`the source ended after ${got.length} of ${count} changes`);
        await changed();
      }
      return got.slice(0, count);
    },
    async failure() {
      while (!ended) await changed();
      return ended.error;
    },
    async stop() {
      controller.abort();
      wake();
      await done;
    },
  };
  collecting.push(collector);
  return collector;
}
