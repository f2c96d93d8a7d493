/**
 * The C2SP tlog-checkpoint body (c2sp.org/tlog-checkpoint): the log's origin, its size in decimal,
 * the base64 root hash, each on its own line. Signed as a note by the register's key.
 */
export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
}

export function checkpointBody(checkpoint: Checkpoint): string {
  return `${checkpoint.origin}\n${checkpoint.size}\n${checkpoint.root.toString("base64")}\n`;
}

export type ParsedCheckpoint = { ok: true; checkpoint: Checkpoint } | { ok: false; problem: string };

export function parseCheckpointBody(text: string): ParsedCheckpoint {
  const lines = text.split("\n");
  // Extension lines may follow; the first three are fixed.
  if (lines.length < 4 || lines[lines.length - 1] !== "")
    return { ok: false, problem: "a checkpoint body of origin, size and root hash lines" };
  const [origin, size, root] = lines as [string, string, string];
  if (!origin.trim()) return { ok: false, problem: "line 1: the log's origin" };
  if (!/^(0|[1-9][0-9]{0,15})$/.test(size) || !Number.isSafeInteger(Number(size)))
    return { ok: false, problem: `line 2: the tree size in decimal, got "${size.slice(0, 40)}"` };
  const hash = Buffer.from(root, "base64");
  if (hash.length !== 32 || hash.toString("base64") !== root)
    return { ok: false, problem: "line 3: a base64 SHA-256 root hash" };
  return { ok: true, checkpoint: { origin, size: Number(size), root: hash } };
}
