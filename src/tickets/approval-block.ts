/**
 * An approver's signature as text to post in a ticket's comment. The ticket carries it; it proves
 * nothing by being there: the gate verifies it against the trust root in force before recording it.
 *
 *   -----BEGIN DPIA EXCEPTION APPROVAL-----
 *   exception: EXC-int-crm-notes-3f2a1b-9c0d1e2f3a
 *   approver: dpo.anna
 *   signed_at: 2026-12-05T23:10:00Z
 *   signature: <Ed25519 signature, base64>
 *   -----END DPIA EXCEPTION APPROVAL-----
 */
export interface ApprovalBlock {
  exception_id: string;
  approver_id: string;
  signed_at: string;
  signature: string;
}

const BEGIN = "-----BEGIN DPIA EXCEPTION APPROVAL-----";
const END = "-----END DPIA EXCEPTION APPROVAL-----";

export function formatApprovalBlock(block: ApprovalBlock): string {
  return [
    BEGIN,
    `exception: ${block.exception_id}`,
    `approver: ${block.approver_id}`,
    `signed_at: ${block.signed_at}`,
    `signature: ${block.signature}`,
    END,
  ].join("\n");
}

const FIELDS = {
  exception: "exception_id",
  approver: "approver_id",
  signed_at: "signed_at",
  signature: "signature",
} as const;
const FIELD_VALUE = {
  exception_id: /^EXC-[a-z0-9-]{1,200}$/,
  approver_id: /^[\w.@-]{1,100}$/,
  signed_at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/,
  signature: /^[A-Za-z0-9+/]{20,200}={0,2}$/,
} as const;

/** A block's text in a comment, or why it is not one (a block with a field missing or malformed). */
export type ParsedBlock = { block: ApprovalBlock } | { malformed: string };

function parseOne(lines: string[]): ParsedBlock {
  const found: Partial<Record<keyof ApprovalBlock, string>> = {};
  for (const line of lines) {
    const match = /^\s*([a-z_]+)\s*:\s*(\S+)\s*$/.exec(line);
    if (!match) continue;
    const field = FIELDS[match[1] as keyof typeof FIELDS];
    if (!field) continue;
    if (found[field] !== undefined) return { malformed: `the field ${match[1]} is given twice` };
    found[field] = match[2];
  }
  for (const [field, pattern] of Object.entries(FIELD_VALUE) as Array<[keyof ApprovalBlock, RegExp]>) {
    const value = found[field];
    if (value === undefined) return { malformed: `the field ${field.replace("_id", "")} is missing` };
    if (!pattern.test(value)) return { malformed: `the field ${field.replace("_id", "")} is not in its form` };
  }
  return { block: found as ApprovalBlock };
}

/** Every approval block in a comment's text, in order; a comment may hold none. */
export function approvalBlocksIn(text: string): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  let current: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === BEGIN) current = [];
    else if (trimmed === END && current) {
      blocks.push(parseOne(current));
      current = undefined;
    } else current?.push(line);
  }
  if (current) blocks.push({ malformed: "the block has no END line" });
  return blocks;
}
