// Outside a terminal, Vitest's default reporter prints a test file only when it ends: a file that
// hangs leaves no line in a CI log, which is then cut at CI's deadline with nothing to say which file
// it was. Every few minutes this prints the files that have run for longer than that, and for how long.
import type { Reporter, TestModule } from "vitest/node";

const EVERY_MS = 300_000;

export default class StillRunningReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  onTestRunStart(): void {
    this.timer = setInterval(() => this.report(), EVERY_MS);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.relativeModuleId, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.started.delete(module.relativeModuleId);
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  private report(): void {
    const now = Date.now();
    const long = [...this.started].filter(([, since]) => now - since >= EVERY_MS);
    for (const [file, since] of long)
      process.stdout.write(`still running after ${Math.round((now - since) / 1000)} s: ${file}\n`);
  }
}
