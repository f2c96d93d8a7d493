import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readArchitectFlow, type ArchitectDataActionCall } from "../../src/classify/resources/architect-calls";

/** Real flow files (test/fixtures/archy-flows/SOURCES.md) and the calls written down for each before the reader ran. */
const folder = path.resolve(__dirname, "../fixtures/archy-flows");
const files = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith(".yaml"))
  .sort();

interface Expected {
  flowType: string;
  substitutions: Record<string, string>;
  calls: Array<{ category: string; name: string; inputs: Record<string, Record<string, unknown>> }>;
}

/** A binding as Archy writes it (`{ exp: "Call.Ani" }`), from what the reader read. */
function asWritten(binding: ArchitectDataActionCall["inputs"][number]): Record<string, unknown> {
  switch (binding.form) {
    case "expression":
      return { exp: binding.text };
    case "variable":
      return { var: binding.text };
    case "literal":
      return { lit: JSON.parse(binding.text) as unknown };
    case "none":
      return { noValue: true };
    case "unread":
      return { unread: binding.text };
  }
}

/** Calls are compared as a list in no particular order (the reader orders them by path, the expectation by line). */
function unordered<T>(items: T[]): string[] {
  return items.map((item) => JSON.stringify(item)).sort();
}

test("at least 20 real flow files ground the reader", () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});

describe.each(files)("%s", (file) => {
  const expected = JSON.parse(
    fs.readFileSync(path.join(folder, "expected", file.replace(/\.yaml$/, ".json")), "utf8"),
  ) as Expected;
  const flow = readArchitectFlow(fs.readFileSync(path.join(folder, file), "utf8"), expected.substitutions)!;

  test("reads the flow type", () => {
    expect(flow.type).toBe(expected.flowType);
  });

  test("finds every Call Data Action step, by category and name, and nothing else", () => {
    expect(unordered(flow.calls.map((call) => ({ category: call.category, name: call.name })))).toEqual(
      unordered(expected.calls.map((call) => ({ category: call.category, name: call.name }))),
    );
  });

  test("reads what the flow binds to each input", () => {
    expect(
      unordered(
        flow.calls.map((call) => ({
          name: call.name,
          inputs: Object.fromEntries(call.inputs.map((binding) => [binding.input, asWritten(binding)])),
        })),
      ),
    ).toEqual(unordered(expected.calls.map((call) => ({ name: call.name, inputs: call.inputs }))));
  });
});
