import { z } from "zod";
import type { StoredRow } from "./backends/backend";
import { parseCheckpointBody } from "./checkpoint";
import { hashLeaf, inclusionProof, verifyInclusion } from "./merkle";
import { parseRecord, type RegisterRecord } from "./record";
import { openNote, parseVerifierKey } from "./signed-note";

/** One file that proves a record is in the register, checkable with the register's public key alone. */
export const ProofFileSchema = z
  .object({
    format: z.literal("dpia-register-proof/1"),
    record: z.string().min(2).describe("The record's canonical JSON, exactly as hashed into the log"),
    leaf_index: z.number().int().nonnegative(),
    tree_size: z.number().int().positive(),
    inclusion_proof: z.array(z.string()).describe("Base64 hashes of the RFC 6962 audit path"),
    checkpoint: z
      .string()
      .describe("The register's signed checkpoint (C2SP tlog-checkpoint note) of tree_size records"),
  })
  .strict();
export type ProofFile = z.infer<typeof ProofFileSchema>;

/** The proof of row `index` against the tree of all rows, with the register's checkpoint of it. */
export function buildProof(rows: StoredRow[], index: number): ProofFile {
  // From the records, never the stored leaf column: a proof is only as good as what it hashes.
  const leaves = rows.map((row) => hashLeaf(Buffer.from(row.record, "utf8")));
  return {
    format: "dpia-register-proof/1",
    record: rows[index]!.record,
    leaf_index: index,
    tree_size: rows.length,
    inclusion_proof: inclusionProof(index, leaves).map((node) => node.toString("base64")),
    checkpoint: rows[rows.length - 1]!.checkpoint,
  };
}

export type ProofVerdict =
  { valid: true; record: RegisterRecord; origin: string; treeSize: number } | { valid: false; reason: string };

/** Checks a proof offline: the checkpoint's signature, then the record's path to its root. */
export function verifyProof(proof: ProofFile, key: string, expectedSubject?: string): ProofVerdict {
  const verifier = parseVerifierKey(key);
  if (!verifier)
    return {
      valid: false,
      reason: "the key is not a register verifier key (<name>+<hash>+<key>, as dpia register checkpoint prints it)",
    };
  const opened = openNote(proof.checkpoint, verifier);
  if (!opened.ok) return { valid: false, reason: `checkpoint: ${opened.problem}` };
  const body = parseCheckpointBody(opened.text);
  if (!body.ok) return { valid: false, reason: `checkpoint: ${body.problem}` };
  if (body.checkpoint.size !== proof.tree_size)
    return {
      valid: false,
      reason: `the checkpoint is of ${body.checkpoint.size} records, the proof of ${proof.tree_size}`,
    };
  const record = parseRecord(proof.record);
  if (!record) return { valid: false, reason: "record: not a register record" };
  if (record.seq !== proof.leaf_index)
    return {
      valid: false,
      reason: `the record says it is number ${record.seq}, the proof is for number ${proof.leaf_index}`,
    };
  const path = proof.inclusion_proof.map((node) => Buffer.from(node, "base64"));
  if (
    !verifyInclusion(
      proof.leaf_index,
      proof.tree_size,
      hashLeaf(Buffer.from(proof.record, "utf8")),
      path,
      body.checkpoint.root,
    )
  ) {
    return {
      valid: false,
      reason: `the record is not in the tree the register signed (${body.checkpoint.size} records, root ${body.checkpoint.root.toString("base64")}): it was changed, or the proof is for another record`,
    };
  }
  if (expectedSubject !== undefined && record.subject !== expectedSubject)
    return { valid: false, reason: `the proof is for ${record.subject}, not ${expectedSubject}` };
  return { valid: true, record, origin: body.checkpoint.origin, treeSize: body.checkpoint.size };
}
