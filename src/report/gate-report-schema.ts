import { z } from "zod";
import { DpiaSchema } from "../dpia/schema";

const count = z.number().int().nonnegative();

/** What `dpia gate --format json` writes when it assessed: the outcome, a summary and every DPIA in full. */
const AssessedReportSchema = z
  .object({
    compliance_status: z
      .enum(["APPROVED_FOR_DEPLOYMENT", "BLOCKED_FOR_DEPLOYMENT"])
      .describe("The run's verdict: APPROVED_FOR_DEPLOYMENT only when nothing blocks (exit 0)"),
    status: z.enum(["approved", "blocked"]),
    summary: z
      .object({
        dpias: count,
        approved: count,
        blocked: count,
        artifact_findings: count,
        exit_code: z.union([z.literal(0), z.literal(1)]),
      })
      .strict(),
    dpias: z.array(DpiaSchema),
    artifact_findings: z.array(
      z
        .object({
          rule_id: z.string(),
          severity: z.literal("Critical"),
          dpia_id: z.string(),
          file: z.string().optional(),
          message: z.string(),
        })
        .strict(),
    ),
    warnings: z.array(z.string()),
  })
  .strict();

/** What it writes on exit 2: no summary and no DPIAs, so that no check on them can pass. */
const CouldNotAssessReportSchema = z
  .object({
    compliance_status: z
      .literal("BLOCKED_FOR_DEPLOYMENT")
      .describe("Nothing was assessed, so nothing is approved: the same value as a block, so no check passes on it"),
    status: z.literal("could_not_assess"),
    exit_code: z.literal(2),
    error: z
      .object({
        cause: z.enum(["input", "usage", "internal"]),
        input: z.string().optional(),
        message: z.string(),
      })
      .strict(),
  })
  .strict();

/** The document of `dpia gate --format json` (and, on exit 2, of `dpia drift --format json`). */
export const GateReportDocumentSchema = z.discriminatedUnion("status", [
  AssessedReportSchema,
  CouldNotAssessReportSchema,
]);
