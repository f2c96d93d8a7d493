import { z } from "zod";

const SignatureSchema = z
  .object({
    approver_id: z.string().min(1),
    signed_at: z.string().datetime(),
    signature: z
      .string()
      .min(1)
      .describe("Ed25519 signature (base64) over the canonical exception, the approver id and signed_at"),
  })
  .strict();

/** A time-bound exception to a block: bound to one DPIA's subject and fingerprint, valid once signed twice. */
export const ExceptionRecordSchema = z
  .object({
    exception_id: z.string().regex(/^EXC-[a-z0-9-]+$/),
    dpia_id: z.string().min(1),
    integration_name: z.string(),
    subject_address: z.string().min(1),
    fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    requester: z.string().min(1),
    reason: z.string().min(20, "a reason of at least 20 characters"),
    ticket: z.string().min(1),
    requested_at: z.string().datetime(),
    not_before: z.string().datetime(),
    not_after: z.string().datetime(),
    renews: z.string().optional().describe("The exception this one renews"),
    signatures: z.array(SignatureSchema),
  })
  .strict();

export const ExceptionsFileSchema = z
  .object({
    version: z.literal(1),
    exceptions: z.array(ExceptionRecordSchema),
  })
  .strict();

export type ExceptionRecord = z.infer<typeof ExceptionRecordSchema>;
export type ExceptionsFile = z.infer<typeof ExceptionsFileSchema>;
