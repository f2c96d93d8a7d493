import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { ORACLE_KIND_NAMES } from "./kind";

/** Where failing cases the fuzzer found are kept, to be replayed by every test run. */
const FINDINGS_DIR = path.join(__dirname, "..", "findings");

/**
 * A failing case the fuzzer found: the input to replay on the kind's base, what it should give, what
 * was observed before the fix, and the signature of its failure (to recognise the same fault in a
 * kept case of a seeded run).
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
