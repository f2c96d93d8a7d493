import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { ORACLE_KIND_NAMES, type OracleCase } from "./kind";

/** Where failing cases of other engineers' areas are kept until their fixes are merged. */
const FINDINGS_DIR = path.join(__dirname, "..", "findings");

/**
 * A failing case the fuzzer found in an area fixed elsewhere: the input to replay on the kind's
 * base, what it should give, and the signature by which the seeded runs recognise the same fault
 * (so that, until the fix is merged, only new faults fail the default run).
 */
const FindingSchema = z
  .object({
    kind: z.enum(ORACLE_KIND_NAMES),
    base: z.string().min(1),
    area: z.string().min(1).describe("Who fixes it: V vendor sources, D drift and state, E register edges, ..."),
    input: z.string(),
    expected: z.string().min(10).describe("What the gate should do with the input"),
    observed: z.string().min(1),
    signature: z.object({ mutation: z.string().optional(), failure: z.string().min(1) }).strict(),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;

export function loadFindings(): Array<Finding & { file: string }> {
  if (!fs.existsSync(FINDINGS_DIR)) return [];
  return fs
    .readdirSync(FINDINGS_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({
      ...FindingSchema.parse(JSON.parse(fs.readFileSync(path.join(FINDINGS_DIR, file), "utf8"))),
      file,
    }));
}

/** The kept finding a failure is an instance of, if any (never when FUZZ_FINDINGS=1: then every failure counts). */
export function knownFinding<F extends Finding>(result: OracleCase, findings: F[]): F | undefined {
  if (process.env.FUZZ_FINDINGS === "1" || !result.failure) return undefined;
  return findings.find(
    (finding) =>
      finding.kind === result.kind &&
      new RegExp(finding.signature.failure).test(result.failure!) &&
      (!finding.signature.mutation || new RegExp(finding.signature.mutation).test(result.mutation)),
  );
}
