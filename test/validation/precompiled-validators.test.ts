import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { PRECOMPILED_SCHEMAS } from "../../scripts/validators/precompiled-schemas";
import { schemaDigest, standaloneValidatorSource } from "../../scripts/validators/standalone-validators";
import { quickValidatorCompiler, jsonSchemaOf } from "../../src/validation/schema-validator";
import type { z } from "zod";

// Issue 28: the quick validators are compiled by the build (ajv standalone code in dist/), not on every start.
// What the build wrote must be exactly what the schemas give now, and must judge exactly as ajv compiled at run time.
const root = path.resolve(__dirname, "..", "..");
const folder = path.join(root, "dist", "src", "validation", "precompiled");
const golden = path.join(root, "test", "golden");

/** A listed schema, from the sources as the tests load them. */
async function listed(entry: (typeof PRECOMPILED_SCHEMAS)[number]): Promise<z.ZodType> {
  return ((await import(path.join(root, `${entry.module}.ts`))) as Record<string, z.ZodType>)[entry.exportName]!;
}

/** Real DPIAs: every one the golden runs wrote (their timestamp, normalised there, made a real one again). */
function goldenDpias(): unknown[] {
  const dpias: unknown[] = [];
  for (const name of fs.readdirSync(golden).filter((file) => file.endsWith(".json"))) {
    const value = JSON.parse(fs.readFileSync(path.join(golden, name), "utf8")) as {
      dpia_id?: string;
      dpias?: unknown[];
    };
    if (value.dpia_id) dpias.push(value);
    else dpias.push(...(value.dpias ?? []));
  }
  return dpias.map((dpia) => ({ ...(dpia as object), timestamp: "2026-12-05T22:50:00.000Z" }));
}

describe("precompiled validators (npm run build)", () => {
  test("dist/ holds one validator per listed schema, byte for byte what the schema compiles to now", async () => {
    // npm ci and npm run build write dist/; a build older than a schema change fails here, never validates stale.
    expect(fs.existsSync(path.join(folder, "index.js")), "run npm run build").toBe(true);
    const index = require(path.join(folder, "index.js")) as {
      validators: Array<{ name: string; sha256: string; schema: () => unknown }>;
    };
    expect(index.validators.map((entry) => entry.name)).toEqual(PRECOMPILED_SCHEMAS.map((entry) => entry.name));
    for (const entry of PRECOMPILED_SCHEMAS) {
      const schema = await listed(entry);
      const written = index.validators.find((candidate) => candidate.name === entry.name)!;
      expect(written.sha256, entry.name).toBe(schemaDigest(schema));
      expect(fs.readFileSync(path.join(folder, `${entry.name}.js`), "utf8"), entry.name).toBe(
        standaloneValidatorSource(schema),
      );
    }
  });

  test("the DPIA validator judges every golden DPIA, and each broken copy, as ajv compiled at run time does", async () => {
    const schema = await listed(PRECOMPILED_SCHEMAS[0]);
    const precompiled = require(path.join(folder, "dpia.js")) as (value: unknown) => boolean;
    const atRunTime = quickValidatorCompiler().compile(jsonSchemaOf(schema));
    const dpias = goldenDpias();
    expect(dpias.length).toBeGreaterThan(100);
    const broken = dpias.slice(0, 40).flatMap((dpia) => {
      const value = dpia as Record<string, unknown>;
      return [
        { ...value, compliance_status: "APPROVED" },
        { ...value, timestamp: "yesterday" },
        { ...value, unexpected: true },
        { ...value, risk_assessment: undefined },
        { ...value, data_flows: [{}] },
      ];
    });
    for (const value of [...dpias, ...broken]) expect(precompiled(value)).toBe(atRunTime(value));
    expect(dpias.every((dpia) => precompiled(dpia))).toBe(true);
    expect(broken.filter((dpia) => precompiled(dpia)).length).toBeLessThan(broken.length);
  });

  test("the built package validates a DPIA with the precompiled validator, without loading ajv's compiler", () => {
    const dpia = goldenDpias()[0];
    const script = `
      const { validateAgainst } = require(${JSON.stringify(path.join(root, "dist/src/validation/schema-validator.js"))});
      const { DpiaSchema } = require(${JSON.stringify(path.join(root, "dist/src/dpia/schema.js"))});
      const dpia = ${JSON.stringify(dpia)};
      const valid = validateAgainst(DpiaSchema, dpia, "dpia.json");
      const compilerLoaded = Object.keys(require.cache).some((file) => file.includes("/ajv/dist/2020.js"));
      const invalid = validateAgainst(DpiaSchema, { ...dpia, compliance_status: "APPROVED" }, "dpia.json");
      console.log(JSON.stringify({ valid, compilerLoaded, invalid }));`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const outcome = JSON.parse(run.stdout) as { valid: unknown[]; compilerLoaded: boolean; invalid: unknown[] };
    expect(outcome.valid).toEqual([]);
    expect(outcome.compilerLoaded).toBe(false);
    // A failing value is still explained by the thorough validator, compiled then.
    expect(outcome.invalid).toEqual([
      {
        file: "dpia.json",
        location: "compliance_status",
        expected: 'expected one of "APPROVED_FOR_DEPLOYMENT", "BLOCKED_FOR_DEPLOYMENT"',
      },
    ]);
  });
});
