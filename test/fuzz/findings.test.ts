import { describe, expect, test } from "vitest";
import { loadFindings } from "./oracle/findings";
import type { OracleKind } from "./oracle/kind";
import { prepareOracleKind } from "./oracle/kinds";

// Failing cases the fuzzer found (vendor sources, state JSON, register edges), fixed since: each is
// replayed on every run and must pass its oracle, so that the fault cannot come back unseen.
const findings = loadFindings();

describe("findings of the fuzzer kept for other areas (test/fuzz/findings/)", () => {
  test("each reads: kind, base, area, input, expected, observed and a signature that compiles", () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(() => new RegExp(finding.signature.failure), finding.file).not.toThrow();
      if (finding.signature.mutation) expect(() => new RegExp(finding.signature.mutation!), finding.file).not.toThrow();
    }
  });

  const kinds = new Map<string, Promise<OracleKind>>();
  test.each(findings.map((finding) => [finding.file, finding] as const))(
    "%s passes its oracle",
    async (_file, finding) => {
      if (!kinds.has(finding.kind)) kinds.set(finding.kind, prepareOracleKind(finding.kind));
      const kind = await kinds.get(finding.kind)!;
      const result = await kind.evaluate!(finding.input, finding.base);
      expect(result.failure, `${finding.expected}`).toBeUndefined();
    },
    120_000,
  );
});
