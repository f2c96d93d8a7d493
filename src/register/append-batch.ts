import type {
  AppendState,
  BatchBuilder,
  KindSnapshot,
  NewRow,
  RegisterMeta,
  SinceSaved,
  StoredRow,
} from "./backends/backend";
import { checkHead, extendChain, frontierText, headBody, kindRowsProblem, type KindChains } from "./head";
import { hashLeaf, MerkleAccumulator } from "./merkle";
import { CONTENT_KIND } from "./content-store";
import { recordsOf, recordText, type RecordKind, type RegisterRecord } from "./record";
import type { RegisterKey } from "./register-key";
import type { RegisterPin } from "./register-pin";
import { rollbackProblem } from "./saved-checkpoint";
import type { Checkpoint } from "./checkpoint";
import { parseVerifierKey, signNote, type NoteVerifier } from "./signed-note";
import { identityVerdict, refusal, tampered, verifiedLeaves } from "./verify-log";

/** A record to append: everything but its place, which the register gives under its lock. */
export type UnplacedRecord = Omit<RegisterRecord, "seq">;

export interface Trust {
  origin: string;
  /** The verifier key the register was opened with. */
  trusted: string;
  location: string;
  pin: RegisterPin | undefined;
  /** DPIA_REGISTER_CHECKPOINT: a checkpoint saved outside the repository, which the register must extend. */
  saved: Checkpoint | undefined;
}

/** What a register opened with `meta` at `location` trusts. */
export const trustOf = (
  meta: RegisterMeta,
  location: string,
  pin: RegisterPin | undefined,
  saved: Checkpoint | undefined,
): Trust => ({ origin: meta.origin, trusted: meta.verifierKey, location, pin, saved });

const verifierOf = (trusted: string): NoteVerifier => parseVerifierKey(trusted)!;

/** The chains of every kind over verified rows (for a register that has no head yet). */
function chainsOfRows(rows: readonly StoredRow[], leaves: readonly Buffer[]): KindChains {
  const chains: KindChains = new Map();
  rows.forEach((row, i) => extendChain(chains, row.kind, i, leaves[i]!));
  return chains;
}

/**
 * Refuses a register that does not extend the checkpoint saved outside the repository (DPIA_REGISTER_CHECKPOINT),
 * when one is saved: an older copy put back, or another register's history.
 */
function refuseRollback(trust: Trust, since: SinceSaved | undefined, head: MerkleAccumulator, refused = ""): void {
  if (!trust.saved) return;
  const problem = rollbackProblem(trust.saved, since, head, trust.origin, verifierOf(trust.trusted));
  if (problem) tampered(trust.location, `${problem}${refused}`);
}

/**
 * Where an append starts: the head, checked against the register's key and size without reading the
 * log; or, for a register that has none yet (made before schema 3), the whole log, verified once.
 * A head that does not verify is refused: nothing is appended onto it.
 */
function startingPoint(state: AppendState, trust: Trust): { tree: MerkleAccumulator; chains: KindChains } {
  const refused = "nothing was recorded; ";
  if (!state.head) {
    const rows = state.rows ?? [];
    const leaves = verifiedLeaves(rows, state.meta, trust.trusted, trust.location, trust.pin, refused, trust.saved);
    const tree = new MerkleAccumulator();
    for (const leaf of leaves) tree.push(leaf);
    return { tree, chains: chainsOfRows(rows, leaves) };
  }
  const identity = identityVerdict(state.meta, trust.trusted, trust.pin);
  if (identity && !identity.intact) throw refusal(trust.location, identity, refused);
  const head = checkHead(state.head, state.meta, state.places, verifierOf(trust.trusted));
  if (!head.ok) tampered(trust.location, `${head.problem}; nothing was recorded`);
  // Nothing is signed onto an older copy put back, even by a writer that read nothing first.
  refuseRollback(trust, state.since, head.tree, "; nothing was recorded");
  return head;
}

/**
 * The rows of one append and the head after them, signed once: every row stores its leaf and the
 * root after it; only the last stores the signed checkpoint (which is also the head's), so a run of
 * a thousand records costs one signature and no more space per record than the record itself.
 */
export function batchOf(entries: readonly UnplacedRecord[], key: RegisterKey, trust: Trust): BatchBuilder {
  return (state) => {
    const { tree, chains } = startingPoint(state, trust);
    const rows: NewRow[] = entries.map((entry) => {
      const seq = tree.size;
      const text = recordText({ ...entry, seq });
      const leaf = hashLeaf(Buffer.from(text, "utf8"));
      tree.push(leaf);
      extendChain(chains, entry.kind, seq, leaf);
      return {
        kind: entry.kind,
        subject: entry.subject,
        at: entry.at,
        record: text,
        leaf: leaf.toString("base64"),
        root: tree.root().toString("base64"),
        checkpoint: "",
      };
    });
    const checkpoint = signNote(
      headBody(trust.origin, tree.size, tree.root(), chains),
      trust.origin,
      key.privateKeyPem,
    );
    rows[rows.length - 1]!.checkpoint = checkpoint;
    return { rows, head: { size: tree.size, frontier: frontierText(tree), checkpoint } };
  };
}

/**
 * Records of some kinds, trusted through the head alone: the head verifies and the rows of those
 * kinds are exactly the ones its checkpoint signs. Undefined when the register has no head yet (the
 * caller verifies the whole log). When something does not verify, `replay` (the whole log) names the
 * record; if every record verifies, the head itself was changed, and that is refused too.
 */
export function recordsThroughHead(
  snapshot: KindSnapshot,
  kinds: readonly RecordKind[],
  trust: Trust,
  replay: () => void,
): RegisterRecord[] | undefined {
  if (!snapshot.head) return undefined;
  const identity = identityVerdict(snapshot.meta, trust.trusted, trust.pin);
  if (identity && !identity.intact) throw refusal(trust.location, identity);
  const head = checkHead(snapshot.head, snapshot.meta, snapshot.places, verifierOf(trust.trusted));
  const read = readKinds(kinds);
  const problem = head.ok ? kindRowsProblem(snapshot.rows, read, head.chains, snapshot.meta.size) : head.problem;
  if (problem) {
    replay();
    tampered(trust.location, `${problem} (every record verifies: what was changed is the register's head)`);
  }
  // An older copy put back verifies record by record: only the saved checkpoint tells it from the register.
  if (head.ok) refuseRollback(trust, snapshot.since, head.tree);
  return recordsOf(snapshot.rows, trust.location, (message) => tampered(trust.location, message), kinds);
}

/** The kinds read for `kinds`: assessments come with the content records they refer to. */
export const readKinds = (kinds: readonly RecordKind[]): RecordKind[] =>
  kinds.includes("assessment") && !kinds.includes(CONTENT_KIND) ? [...kinds, CONTENT_KIND] : [...kinds];
