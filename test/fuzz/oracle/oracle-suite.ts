import { describe, expect, test } from "vitest";
import { runOracleKind, type OracleKindName } from "./kind";
import { prepareOracleKind } from "./kinds";

/**
 * A seeded, bounded run of each kind: no case may fail its oracle.
 * `npm run fuzz` runs 10,000 cases per kind with a new seed.
 */
export function oracleSuite(kinds: Array<[OracleKindName, number]>, seed: number): void {
  describe("fuzzing with oracles that can fail (seeded; npm run fuzz runs more)", () => {
    test.each(kinds)(
      "%s: %i cases, none failing its oracle",
      async (name, cases) => {
        const kind = await prepareOracleKind(name);
        const figures = await runOracleKind(kind, cases, seed, () => undefined);
        expect(figures.failures.map((failure) => `${failure.mutation}: ${failure.failure}`)).toEqual([]);
        expect(figures.cases).toBe(cases);
        // The kind was really exercised: more than one outcome occurred.
        expect(Object.keys(figures.exits).length, JSON.stringify(figures.exits)).toBeGreaterThan(1);
      },
      600_000,
    );
  });
}
