import { afterEach, expect, test, vi } from "vitest";
import type { TestModule } from "vitest/node";
import StillRunningReporter from "./still-running-reporter";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test("every five minutes, the files running for five minutes or more are named with their time", () => {
  vi.useFakeTimers();
  const printed: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((text) => {
    printed.push(String(text));
    return true;
  });
  const module = (file: string) => ({ relativeModuleId: file }) as TestModule;
  const reporter = new StillRunningReporter();
  reporter.onTestRunStart();
  reporter.onTestModuleStart(module("test/hangs.test.ts"));
  vi.advanceTimersByTime(120_000);
  reporter.onTestModuleStart(module("test/ends.test.ts"));
  vi.advanceTimersByTime(180_000);
  expect(printed).toEqual(["still running after 300 s: test/hangs.test.ts\n"]);
  reporter.onTestModuleEnd(module("test/ends.test.ts"));
  vi.advanceTimersByTime(300_000);
  expect(printed.slice(1)).toEqual(["still running after 600 s: test/hangs.test.ts\n"]);
  reporter.onTestRunEnd();
  vi.advanceTimersByTime(600_000);
  expect(printed).toHaveLength(2);
});
