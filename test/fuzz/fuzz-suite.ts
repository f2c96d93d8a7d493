import * as fs from "node:fs";
import { describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";
import { fuzz, prepareKinds, random, runCase, type FuzzKind } from "./harness";

const CASES_PER_KIND = 1_000;

/**
 * The seeded fuzz suite for some kinds of input. Two test files call it with different kinds so that
 * vitest runs them side by side; `npm run fuzz` runs more cases.
 */
export function fuzzSuite(kindNames: Array<FuzzKind["name"]>, seed: number): void {
  describe("fuzzing what the gate reads (seeded; npm run fuzz runs more)", () => {
    test(`${CASES_PER_KIND} mutated inputs per kind: exit 0, 1 or 2, never an internal error or a hang, never 0 for an unreadable input`, async () => {
      const kinds = (await prepareKinds()).filter((kind) => kindNames.includes(kind.name));
      // Strings of a megabyte are left to npm run fuzz: they only make the suite slower.
      const figures = await fuzz(kinds, CASES_PER_KIND, seed, { hugeStringSizes: [10_000, 100_000] });
      expect(figures.map((figure) => figure.kind)).toEqual(kindNames);
      for (const figure of figures) {
        expect(figure.cases).toBe(CASES_PER_KIND);
        expect(figure.failures.map((failure) => `${failure.kind} / ${failure.mutation}: ${failure.failure}`)).toEqual(
          [],
        );
        expect(figure.slowestMs).toBeLessThan(30_000);
      }
      // Each kind was really exercised: some mutations are unreadable, and more than one outcome occurs.
      for (const figure of figures) {
        expect(figure.unreadable, figure.kind).toBeGreaterThan(0);
        expect(Object.values(figure.exits).filter((count) => count > 0).length, figure.kind).toBeGreaterThan(1);
      }
    }, 900_000);

    test("the real CLI gives the exit code the in-process run gave, for a few mutated inputs of each kind", async () => {
      const kinds = (await prepareKinds()).filter((kind) => kindNames.includes(kind.name));
      const rng = random(seed + 1);
      for (const kind of kinds) {
        const result = await runCase(kind, rng, { hugeStringSizes: [10_000] });
        const target = kind.files.find((file) => file.file === result.file)!;
        fs.writeFileSync(target.file, result.mutated);
        try {
          const cli = runDpia(["gate", kind.target, "--policy", kind.policy, "--format", "json"]);
          expect(cli.status, `${kind.name} / ${result.mutation}: ${cli.stderr}`).toBe(result.exitCode);
          expect(cli.stderr).not.toContain("internal error");
          expect(cli.stderr).not.toMatch(/\n\s+at /);
        } finally {
          fs.writeFileSync(target.file, target.base);
        }
      }
    }, 600_000);
  });
}
