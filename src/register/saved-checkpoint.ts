import type { RegisterMeta, SinceSaved } from "./backends/backend";
import type { Checkpoint } from "./checkpoint";
import { treeOfHead } from "./head";
import { MerkleAccumulator } from "./merkle";
import { parseVerifierKey, type NoteVerifier } from "./signed-note";
import { InputError } from "../validation/input-error";
import { readRegularFile } from "../validation/regular-file";
import { setVariable } from "../validation/set-variable";
import { readCheckpoint } from "./verify-log";

/**
 * A checkpoint saved outside the repository (`dpia register checkpoint > file`, kept where the
 * pipeline's secrets are), which the register must still extend. Whoever can write the register's
 * file can put an older copy of it back, and with it an exception or trust root since revoked: every
 * record of that copy verifies. Against the saved checkpoint it holds fewer records, or another history.
 */
const SAVED_CHECKPOINT = "DPIA_REGISTER_CHECKPOINT";

/**
 * The file DPIA_REGISTER_CHECKPOINT names, or undefined when it is unset. Set but blank (a CI secret
 * that expanded to nothing) is an error: the check must not be switched off without anyone seeing it.
 */
export function savedCheckpointFile(env: NodeJS.ProcessEnv): string | undefined {
  return setVariable(
    SAVED_CHECKPOINT,
    env[SAVED_CHECKPOINT],
    "the path of a checkpoint saved with dpia register checkpoint",
  );
}

/** The checkpoint DPIA_REGISTER_CHECKPOINT names, signed by this register's key; undefined when unset. */
export function savedCheckpoint(env: NodeJS.ProcessEnv, meta: RegisterMeta): Checkpoint | undefined {
  const file = savedCheckpointFile(env);
  if (!file) return undefined;
  const text = readRegularFile(file, `a checkpoint saved with dpia register checkpoint (${SAVED_CHECKPOINT})`);
  const verifier = parseVerifierKey(meta.verifierKey);
  if (!verifier)
    throw new InputError([
      { file, location: "", expected: "a checkpoint the register's key can check, but the register names no key" },
    ]);
  return readCheckpoint(text, file, meta.origin, verifier);
}

/**
 * Why the register does not extend the saved checkpoint, or undefined when it does. `head` is the
 * tree of the register's latest head, already verified; `since` carries the saved size to it: the
 * latest head at or below that size (verified here too), then the leaves of every record after it.
 */
export function rollbackProblem(
  saved: Checkpoint,
  since: SinceSaved | undefined,
  head: MerkleAccumulator,
  origin: string,
  verifier: NoteVerifier,
): string | undefined {
  const named = `the checkpoint of ${saved.size} records saved in ${SAVED_CHECKPOINT}`;
  if (head.size < saved.size)
    return `it holds ${head.size} records, fewer than ${named}: an older copy of the register was put back`;
  if (!since) return `${named} was not read against it`;
  let tree = new MerkleAccumulator();
  if (since.head) {
    const base = treeOfHead(since.head, origin, verifier);
    if (!base.ok) return base.problem;
    tree = base.tree;
  }
  if (tree.size > saved.size || since.leaves.length !== head.size - tree.size)
    return `its records after place ${tree.size} are not the ${head.size - tree.size} its head counts`;
  const forked = `its first ${saved.size} records are not those of ${named}: it holds another history (an older copy of the register, appended to since)`;
  for (const leaf of since.leaves) {
    if (tree.size === saved.size && !tree.root().equals(saved.root)) return forked;
    const hash = typeof leaf === "string" ? Buffer.from(leaf, "base64") : undefined;
    if (hash?.length !== 32) return `record ${tree.size}: its stored leaf is not a hash`;
    tree.push(hash);
  }
  if (tree.size === saved.size && !tree.root().equals(saved.root)) return forked;
  if (!tree.root().equals(head.root()))
    return `its records after ${named} do not lead to its signed head: it holds another history`;
  return undefined;
}
