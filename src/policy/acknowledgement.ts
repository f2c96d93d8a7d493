import { z } from "zod";

/**
 * A non-blocking finding accepted for a time, with the reason (cdk-nag's suppressions, Checkov's
 * skips). It never lowers the risk or lifts a block: only a dual-signed exception does that.
 */
export const AcknowledgementEntrySchema = z
  .object({
    address: z
      .string()
      .min(1)
      .describe("The Terraform address of the resource the finding is on, e.g. genesyscloud_oauth_client.exporter"),
    rule_id: z.string().min(1).describe("The rule id of the finding, e.g. GC-OAC-2"),
    reason: z.string().min(1).describe("Why the finding is accepted: at least a sentence (20 characters, three words)"),
    expires: z
      .string()
      .min(1)
      .describe(
        "YYYY-MM-DD (valid to the end of that day, UTC) or an ISO date-time: after it the finding counts again",
      ),
  })
  .strict();

/** An acknowledgement as the engine applies it, from the policy or from CDKTF code. */
export type Acknowledgement = Pick<z.infer<typeof AcknowledgementEntrySchema>, "address" | "rule_id" | "reason"> & {
  /** ISO date-time after which it no longer applies; none for CDKTF acknowledgements without one. */
  expires_at?: string;
  /** Where it was written: the policy file, or `cdktf construct <path>`. */
  file: string;
  /** Inside it: `acknowledgements[0]`, or `acknowledgeFinding("GC-OAC-2")`. */
  location: string;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What is wrong with a reason, or undefined: a reason must say something a reviewer can judge. */
export function reasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (text.length >= 20 && text.split(/\s+/).length >= 3) return undefined;
  return `expected a reason of at least a sentence (20 characters and three words) saying why the finding is accepted, got "${text.slice(0, 40)}"`;
}

/** The instant an expiry means, or an explanation of what was expected. */
export function parseExpiry(expires: string): { at: string } | { expected: string } {
  const date = DATE.exec(expires);
  if (date) {
    const end = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), 23, 59, 59));
    if (end.getUTCDate() === Number(date[3]) && end.getUTCMonth() === Number(date[2]) - 1)
      return { at: end.toISOString().replace(/\.\d{3}Z$/, "Z") };
  } else if (DATE_TIME.test(expires) && !Number.isNaN(Date.parse(expires))) {
    return { at: new Date(Date.parse(expires)).toISOString().replace(/\.\d{3}Z$/, "Z") };
  }
  return {
    expected: `expected an expiry date YYYY-MM-DD or an ISO date-time such as 2027-01-31T17:00:00Z, got "${expires}"`,
  };
}
