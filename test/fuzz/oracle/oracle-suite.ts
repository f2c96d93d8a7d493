import { describe, expect, test } from "vitest";
import { knownFinding, loadFindings } from "./findings";
import { runOracleKind, type OracleKindName } from "./kind";
import { prepareOracleKind } from "./kinds";

/**
 * A seeded, bounded run of each kind: no case may fail its oracle, except instances of a fault kept
 * in test/fuzz/findings/ for another area (until its fix is merged; FUZZ_FINDINGS=1 counts them too).
 * `npm run fuzz` runs 10,000 cases per kind with a new seed.
 */
export function oracleSuite(kinds: Array<[OracleKindName, number]>, seed: number): void {
  describe("fuzzing with oracles that can fail (seeded; npm run fuzz runs more)", () => {
    const findings = loadFindings();
    test.each(kinds)(
      "%s: %i cases, none failing its oracle",
      async (name, cases) => {
        const kind = await prepareOracleKind(name);
        const known: string[] = [];
        const figures = await runOracleKind(kind, cases, seed, (result) => {
          const finding = knownFinding(result, findings);
          if (finding) known.push(`${result.mutation}: known (${finding.area}, ${finding.file})`);
        });
        const unknown = figures.failures.filter((failure) => !knownFinding(failure, findings));
        expect(unknown.map((failure) => `${failure.mutation}: ${failure.failure}`)).toEqual([]);
        expect(figures.cases).toBe(cases);
        // The kind was really exercised: more than one outcome occurred.
        expect(Object.keys(figures.exits).length, JSON.stringify(figures.exits)).toBeGreaterThan(1);
        if (known.length > 0)
          console.info(
            `${name}: ${known.length} known finding(s) of other areas:\n  ${known.slice(0, 10).join("\n  ")}`,
          );
      },
      600_000,
    );
  });
}
