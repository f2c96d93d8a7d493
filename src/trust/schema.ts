import { z } from "zod";
import { RiskLevelSchema } from "../catalog/schema";
import { AllowedDestinationSchema, ApproverSchema, MAX_EXCEPTION_HOURS } from "../policy/schema";

/** What the approvers sign: who may approve, how many must agree, until when, and the floors. */
const TrustRootContentSchema = z
  .object({
    type: z.literal("dpia-trust-root"),
    version: z.number().int().positive(),
    expires: z.string().datetime(),
    threshold: z.number().int().min(2).describe("How many approvers of this root must sign it, and the next one"),
    approvers: z.array(ApproverSchema).min(2),
    policy_floors: z
      .object({
        block_at: RiskLevelSchema.optional().describe(
          "Block at this risk or lower, whatever the repository's policy says",
        ),
        warn_at: RiskLevelSchema.optional(),
        max_exception_hours: z.number().int().min(1).max(MAX_EXCEPTION_HOURS).optional(),
      })
      .strict()
      .optional(),
    destinations: z
      .array(AllowedDestinationSchema)
      .optional()
      .describe(
        "The allow-list in force, signed with the root: when present, the destinations in the repository's policy are only a request (dpia trust init --destinations)",
      ),
  })
  .strict();

const RootSignatureSchema = z
  .object({
    approver_id: z.string().min(1),
    key_id: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the signer's public key (SPKI DER)"),
    signature: z.string().min(1).describe("Ed25519 over the canonical JSON of `signed`, base64"),
  })
  .strict();

/** A TUF-style root: the signed content and the approvers' signatures over it. */
export const TrustRootSchema = z
  .object({ signed: TrustRootContentSchema, signatures: z.array(RootSignatureSchema) })
  .strict();

export type TrustRootContent = z.infer<typeof TrustRootContentSchema>;
export type TrustRoot = z.infer<typeof TrustRootSchema>;
