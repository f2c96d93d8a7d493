// The doc-sample mechanism itself: that it finds every sample, catches one that differs and forgives only what varies.
import { describe, expect, it } from "vitest";
import { runGroup, type SampleOutcome } from "../../scripts/docs/doc-samples";
import { findSamples } from "../../scripts/docs/sample-markers";
import { normalise } from "../../scripts/docs/sample-run";

const page = (shown: string, keys = "") =>
  `# A page\n\n<!-- sample: echo "made 2026-12-05T19:00:00Z in /tmp/x1"; echo two; echo three; exit 3\n${keys}-->\n\`\`\`text\n${shown}\`\`\`\n`;

function outcomeOf(text: string): SampleOutcome {
  const outcomes: SampleOutcome[] = [];
  runGroup(findSamples("docs/page.md", text), (outcome) => outcomes.push(outcome));
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

describe("doc samples: the mechanism", () => {
  it("reads the command and its keys, and the block's lines", () => {
    const [sample] = findSamples("docs/page.md", page("$ x\n", "exit: 3\nsetup: true\nsetup: false\nlines: 1-2\n"));
    expect(sample!.spec).toMatchObject({ exit: 3, setup: ["true", "false"], lines: "1-2" });
    expect(sample!.spec.command).toMatch(/^echo "made .* exit 3$/);
    expect(sample!.shown).toBe("$ x\n");
  });

  it("keeps a command whose text has `word: ` in it whole (a jq object), keys only on the lines after it", () => {
    const text = `<!-- sample: jq '{base, result: .x}' f.json\nvary: "file://[^"]*"\n-->\n\`\`\`text\n$ x\n\`\`\`\n`;
    const [sample] = findSamples("docs/page.md", text);
    expect(sample!.spec.command).toBe("jq '{base, result: .x}' f.json");
    expect(sample!.spec.vary).toEqual(['"file://[^"]*"']);
    const oneLine = findSamples("docs/page.md", "<!-- sample: echo a, b: c -->\n```text\n$ x\n```\n");
    expect(oneLine[0]!.spec.command).toBe("echo a, b: c");
  });

  it("takes a marker shown inside a four-backtick fence for an example, not a sample", () => {
    const example = `\`\`\`\`markdown\n<!-- sample: true -->\n\`\`\`text\n\`\`\`\n\`\`\`\`\n`;
    expect(findSamples("docs/page.md", `${example}\n${page("$ x\n")}`)).toHaveLength(1);
  });

  it("refuses a sample comment with no block after it, and a key it does not know", () => {
    expect(() => findSamples("docs/page.md", "<!-- sample: true -->\ntext\n")).toThrow(/1 sample comments but 0/);
    expect(() => findSamples("docs/page.md", page("", "colour: red\n"))).toThrow(/unknown sample key "colour"/);
  });

  it("passes a block that shows what the run printed, apart from the time and the temporary path", () => {
    const shown = `$ echo "made 2026-12-05T19:00:00Z in /tmp/x1"; echo two; echo three; exit 3\nmade 2027-01-01T08:00:00Z in /tmp/other\ntwo\nthree\n`;
    expect(outcomeOf(page(shown, "exit: 3\n"))).toMatchObject({ same: true, problem: undefined });
  });

  it("fails a block whose text differs, and a run that exits otherwise than the sample says", () => {
    const stale = `$ echo "made 2026-12-05T19:00:00Z in /tmp/x1"; echo two; echo three; exit 3\nmade <time> in <tmp>\ntwo\n`;
    expect(outcomeOf(page(stale, "exit: 3\n")).same).toBe(false);
    expect(outcomeOf(page(stale)).problem).toBe("exited 3, the sample says 0");
  });

  it("cuts the output as the sample asks, marking each gap", () => {
    const outcome = outcomeOf(page("", "exit: 3\nlines: 2\n"));
    expect(outcome.run.text.split("\n").slice(1)).toEqual(["…", "two", "…"]);
    expect(outcomeOf(page("", "exit: 3\ngrep: ^t\n")).run.text.split("\n").slice(1)).toEqual(["two", "three"]);
  });

  it("forgives only what varies: a changed id or count is a difference", () => {
    expect(normalise("key sha256:0a1b2c3d, root AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHHIIIIJJJJ=")).toBe(
      "key sha256:<hash>, root <base64>",
    );
    expect(normalise("took 3.2 s on Node.js v22.1.0")).toBe("took <duration> on Node.js <version>");
    expect(normalise("INT-crm-f6b8a1 (3 findings)")).not.toBe(normalise("INT-crm-f6b8a2 (3 findings)"));
    expect(normalise("id EXC-a-1234", ["EXC-a-\\d+"])).toBe("id <varies>");
  });
});
