import { InputError } from "../validation/input-error";
import type { RegisterMeta, StoredHead, StoredRow } from "./backends/backend";
import { checkpointBody, parseCheckpointBody, type Checkpoint } from "./checkpoint";
import { changedColumn, changedColumnMessage, metaTypeProblem, nonTextColumn } from "./derived-columns";
import { consistencyProof, hashLeaf, MerkleAccumulator, rootOf, verifyConsistency } from "./merkle";
import { parseRecord, recordHeader, type RegisterRecord } from "./record";
import { chainsOf, extendChain, frontierText, type KindChains } from "./head";
import { pinMismatch, type RegisterPin } from "./register-pin";
import { openNote, parseVerifierKey, type NoteVerifier } from "./signed-note";

type TamperKind = "edited" | "deleted" | "inserted" | "reordered" | "truncated" | "forked" | "replaced";

const bad = (kind: TamperKind, seq: number, message: string): LogVerdict => ({
  intact: false,
  kind,
  seq,
  message: `record ${seq}: ${message}`,
});

export type LogVerdict =
  | { intact: true; size: number; root: Buffer; leaves: Buffer[]; checkpoint?: Checkpoint }
  | { intact: false; kind: TamperKind; seq: number; message: string };

/** Reads a checkpoint saved earlier; one from another log or with a bad signature cannot be used. */
export function readCheckpoint(note: string, file: string, origin: string, verifier: NoteVerifier): Checkpoint {
  // A saved copy may have passed through a CI secret or `echo`: CRLF, blank lines around it, no final
  // newline. The signature covers the text inside, so these are put back as the register wrote them.
  const opened = openNote(`${note.replace(/\r\n/g, "\n").replace(/^\s+/, "").trimEnd()}\n`, verifier);
  if (!opened.ok)
    throw new InputError([
      {
        file,
        location: "",
        expected: `a checkpoint signed by the register's key ${verifier.name}: ${opened.problem} (a checkpoint of another register, or this register was replaced: pin its key with DPIA_REGISTER_KEY or pass --key to tell which)`,
      },
    ]);
  const parsed = parseCheckpointBody(opened.text);
  if (!parsed.ok) throw new InputError([{ file, location: "", expected: parsed.problem }]);
  if (parsed.checkpoint.origin !== origin)
    throw new InputError([
      {
        file,
        location: "line 1",
        expected: `a checkpoint of this register (${origin}), but it is from the log "${parsed.checkpoint.origin.slice(0, 80)}"`,
      },
    ]);
  return parsed.checkpoint;
}

const shortKey = (key: string) => key.split("+").slice(0, 2).join("+");
const embeddedSeq = (row: StoredRow | undefined) => (row ? parseRecord(row.record)?.seq : undefined);

/**
 * Verifies the whole log. `quick` (what the gate uses on every run) checks one signature over the
 * rehashed tree; without it (dpia register verify) every record's own checkpoint is checked too, so
 * an auditor also learns of a damaged checkpoint that no record depends on.
 */
export function verifyLog(
  rows: StoredRow[],
  meta: RegisterMeta,
  trusted: string,
  checkpoint?: Checkpoint,
  options: { quick?: boolean; pin?: RegisterPin; heads?: readonly StoredHead[] } = {},
): LogVerdict {
  const identity = identityVerdict(meta, trusted, options.pin);
  if (identity) return identity;
  const verifier = trustedVerifier(trusted);
  const quick = options.quick ? quickVerdict(rows, meta, verifier) : undefined;
  const verdict = quick
    ? withCheckpoint(quick.leaves, quick.root, checkpoint)
    : replay(rows, meta, verifier, checkpoint);
  const heads =
    verdict.intact && options.heads?.length ? storedHeadsProblem(options.heads, rows, verdict.leaves) : undefined;
  return heads ? bad("edited", heads.seq, heads.message) : verdict;
}

/**
 * Every stored head, oldest first, held to the log: the latest one as the gate starts from it
 * (storedHeadProblem), and each one it superseded as what it was when stored, so that no head
 * in the file is one the log never had.
 */
function storedHeadsProblem(
  heads: readonly StoredHead[],
  rows: StoredRow[],
  leaves: Buffer[],
): { seq: number; message: string } | undefined {
  const latest = heads.at(-1)!;
  const problem = storedHeadProblem(latest, rows, leaves);
  if (problem) return { seq: Math.max(0, Number(latest.size) - 1), message: problem };
  const tree = new MerkleAccumulator();
  for (const head of heads.slice(0, -1)) {
    const size = Number(head.size);
    const shown = String(head.size).slice(0, 20);
    if (!(Number.isSafeInteger(size) && size > tree.size && size < leaves.length))
      return {
        seq: 0,
        message: `a superseded head of the register claims ${shown} records, a size the log never had before its latest head`,
      };
    while (tree.size < size) tree.push(leaves[tree.size]!);
    if (rows[size - 1]!.checkpoint !== head.checkpoint || head.frontier !== frontierText(tree))
      return {
        seq: size - 1,
        message: `the register's head of ${shown} records (superseded since) was changed: it is not the log's signed state at that size`,
      };
  }
  return undefined;
}

/**
 * The latest head, held to the log it stands for: the last record of its append stores the same
 * signed checkpoint, and its frontier is the tree's at that size. A head the gate would start from
 * that is not the log's is tampering, even when every record is intact.
 */
function storedHeadProblem(head: StoredHead, rows: StoredRow[], leaves: Buffer[]): string | undefined {
  const size = Number(head.size);
  const tree = new MerkleAccumulator();
  for (const leaf of leaves.slice(0, size)) tree.push(leaf);
  // Every append writes a head with its records: one behind the log was removed, or the log was appended to without the register.
  if (size !== leaves.length)
    return `the register's head (its latest signed checkpoint) is of ${String(head.size).slice(0, 20)} records, not of the ${leaves.length} the log holds: a later head was removed`;
  if (rows[size - 1]?.checkpoint !== head.checkpoint)
    return `the register's head (its latest signed checkpoint, of ${String(head.size).slice(0, 20)} records) was changed: it is not the checkpoint of a record`;
  if (head.frontier !== frontierText(tree))
    return `the register's head (of ${size} records) was changed: its frontier is not the tree's`;
  return undefined;
}

function trustedVerifier(trusted: string): NoteVerifier {
  const verifier = parseVerifierKey(trusted);
  if (!verifier)
    throw new InputError([
      {
        file: "--key",
        location: "",
        expected: `a register verifier key <name>+<hash>+<key>, got "${trusted.slice(0, 80)}"`,
      },
    ]);
  return verifier;
}

/**
 * Is this the register that is trusted: the one DPIA_REGISTER_KEY pins, signed by the key the
 * caller trusts? A replaced or re-keyed register is tampering before any record is read.
 */
export function identityVerdict(meta: RegisterMeta, trusted: string, pin?: RegisterPin): LogVerdict | undefined {
  const untyped = metaTypeProblem(meta);
  if (untyped)
    return {
      intact: false,
      kind: "edited",
      seq: 0,
      message: `the register's stored ${untyped} was changed: it is not a value the register writes`,
    };
  const replaced = pinMismatch(meta.verifierKey, pin);
  if (replaced) return { intact: false, kind: "replaced", seq: 0, message: replaced };
  if (trustedVerifier(String(trusted)).name !== meta.origin || meta.verifierKey !== trusted) {
    return {
      intact: false,
      kind: "forked",
      seq: 0,
      message: `the register ${meta.origin} is signed by ${shortKey(meta.verifierKey)}, not by the key you trust (${shortKey(trusted)}): it was re-created or re-keyed`,
    };
  }
  return undefined;
}

/**
 * Replays every record: recomputes each leaf and the tree after it, checks the register's
 * signature on that tree and every column derived from the record, and names the first record
 * that does not fit and how.
 */
function replay(rows: StoredRow[], meta: RegisterMeta, verifier: NoteVerifier, checkpoint?: Checkpoint): LogVerdict {
  const leaves: Buffer[] = [];
  const tree = new MerkleAccumulator();
  const chains: KindChains = new Map();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const seq = leaves.length;
    // Rows come in place order: one numbered below its place (a second row at a place, or one at a
    // negative place) was put in; one numbered above it leaves a gap.
    if (row.seq < seq) return bad("inserted", seq, `a row numbered ${row.seq} was put in beside the log's records`);
    if (row.seq !== seq)
      return bad("deleted", seq, `missing: the log jumps from record ${seq - 1} to record ${row.seq}`);
    const untyped = nonTextColumn(row);
    if (untyped)
      return bad("edited", seq, `its stored ${untyped} column was changed after it was recorded: it is not text`);
    const record = parseRecord(row.record);
    const leaf = hashLeaf(Buffer.from(row.record, "utf8"));
    // The first bad record ends the replay, so the tree can take the leaf before it is judged.
    tree.push(leaf);
    if (record) extendChain(chains, record.kind, seq, leaf);
    const problem = inBatch(row, i === rows.length - 1)
      ? unsignedRowProblem(rows, i, record, leaf, tree, meta, verifier)
      : signedRowProblem(rows, i, record, leaf, tree.root(), chains, meta, verifier);
    if (problem) return problem;
    leaves.push(leaf);
  }
  const identity = storedIdentityProblem(rows, meta);
  if (identity) return bad("edited", 0, identity);
  if (meta.size > leaves.length)
    return bad(
      "truncated",
      leaves.length,
      `and later are missing: the register recorded ${meta.size} records, ${leaves.length} are left`,
    );
  if (meta.size < leaves.length)
    return bad(
      "inserted",
      meta.size,
      `and later were added without the register (it recorded ${meta.size} records, ${leaves.length} are there)`,
    );
  return withCheckpoint(leaves, tree.root(), checkpoint);
}

/**
 * A record of an append of several, before its last: since schema 3 an append is signed once, by
 * its last record's checkpoint, which covers the tree with this record in it. The last row of the
 * log is always signed.
 */
const inBatch = (row: StoredRow, last: boolean) => row.checkpoint === "" && !last;

function unsignedRowProblem(
  rows: StoredRow[],
  i: number,
  record: RegisterRecord | undefined,
  leaf: Buffer,
  tree: MerkleAccumulator,
  meta: RegisterMeta,
  verifier: NoteVerifier,
): LogVerdict | undefined {
  if (!record || record.seq !== i) return misfit(rows, i, record?.seq, undefined);
  // Its stored leaf is not its hash: the column changed if the record still hashes into the tree its
  // append signed, else the record itself changed.
  if (rows[i]!.leaf !== leaf.toString("base64") && !signedAtBatchEnd(rows, i, tree, meta, verifier))
    return bad(
      "edited",
      i,
      "was changed after it was recorded: it no longer hashes into the tree the register signed after it",
    );
  const column = changedColumn(rows[i]!, record, leaf, tree.root(), meta.origin);
  return column ? bad("edited", i, changedColumnMessage(column)) : undefined;
}

/** Whether the tree as rebuilt up to row i, with the records after it, is the one its append's last row signs. */
function signedAtBatchEnd(
  rows: StoredRow[],
  i: number,
  tree: MerkleAccumulator,
  meta: RegisterMeta,
  verifier: NoteVerifier,
): boolean {
  const ahead = MerkleAccumulator.fromFrontier(tree.size, tree.frontier())!;
  for (let j = i + 1; j < rows.length; j++) {
    if (typeof rows[j]!.record !== "string") return false;
    ahead.push(hashLeaf(Buffer.from(rows[j]!.record, "utf8")));
    if (rows[j]!.checkpoint !== "") return signedRootOf(rows[j]!, j + 1, meta, verifier)?.equals(ahead.root()) ?? false;
  }
  return false;
}

function signedRowProblem(
  rows: StoredRow[],
  i: number,
  record: RegisterRecord | undefined,
  leaf: Buffer,
  root: Buffer,
  chains: KindChains,
  meta: RegisterMeta,
  verifier: NoteVerifier,
): LogVerdict | undefined {
  const signedRoot = signedRootOf(rows[i]!, i + 1, meta, verifier);
  if (!record || record.seq !== i || !signedRoot?.equals(root)) return misfit(rows, i, record?.seq, signedRoot);
  const column = changedColumn(rows[i]!, record, leaf, signedRoot, meta.origin);
  if (column) return bad("edited", i, changedColumnMessage(column));
  const signed = signedChains(rows[i]!, verifier);
  if (signed && !sameChains(signed, chains))
    return bad("edited", i, "its checkpoint counts records of each kind that are not the log's");
  return undefined;
}

/** The kind chains a row's signed checkpoint gives (since schema 3), or undefined for one without them. */
function signedChains(row: StoredRow, verifier: NoteVerifier): KindChains | undefined {
  const opened = openNote(row.checkpoint, verifier);
  if (!opened.ok || opened.text.split("\n").length <= 4) return undefined;
  return chainsOf(opened.text) ?? new Map([["?", { count: -1, chain: Buffer.alloc(0) }]]);
}

const sameChains = (a: KindChains, b: KindChains) =>
  a.size === b.size &&
  [...a].every(([kind, chain]) => b.get(kind)?.count === chain.count && b.get(kind)!.chain.equals(chain.chain));

/**
 * The register's origin and verifier key are stored beside the records, and its first record
 * (register-created, signed) holds them: the stored copies must be that record's.
 */
function storedIdentityProblem(rows: StoredRow[], meta: RegisterMeta): string | undefined {
  if (rows.length === 0) return undefined;
  const first = parseRecord(rows[0]!.record);
  const data = first?.data as { origin?: unknown; verifier_key?: unknown } | undefined;
  if (first?.kind === "register-created" && data?.origin === meta.origin && data.verifier_key === meta.verifierKey)
    return undefined;
  return "the register's stored origin or verifier key was changed: it is not the identity its first record signed";
}

/**
 * The root the register signed in a row's own checkpoint, when that checkpoint verifies and is of
 * this log at `size` records.
 */
function signedRootOf(row: StoredRow, size: number, meta: RegisterMeta, verifier: NoteVerifier): Buffer | undefined {
  const signed = openNote(row.checkpoint, verifier);
  const body = signed.ok ? parseCheckpointBody(signed.text) : undefined;
  return body?.ok && body.checkpoint.size === size && body.checkpoint.origin === meta.origin
    ? body.checkpoint.root
    : undefined;
}

/**
 * How the record at position `i` (which should be record `i`, all before it being intact) came to
 * be there: another record's copy, swapped, renumbered, inserted, or edited.
 */
function misfit(rows: StoredRow[], i: number, claimed: number | undefined, signedRoot: Buffer | undefined): LogVerdict {
  const seq = i;
  if (claimed !== undefined && claimed !== seq) {
    const copied = rows.some((other, j) => j !== i && embeddedSeq(other) === claimed);
    if (copied) return bad("inserted", seq, `was inserted: it is a copy of record ${claimed}`);
    const elsewhere = rows.some((other, j) => j !== i && embeddedSeq(other) === seq);
    if (elsewhere)
      return bad("reordered", seq, `holds record ${claimed}, and record ${seq} stands elsewhere in the log`);
    if (claimed > seq)
      return bad(
        "deleted",
        seq,
        `missing: the records after it were renumbered (record ${seq} holds record ${claimed})`,
      );
    return bad("inserted", seq, `was inserted: it claims to be record ${claimed}`);
  }
  if (!signedRoot && embeddedSeq(rows[i + 1]) === seq)
    return bad("inserted", seq, "was inserted: the register never signed it, and the records after it were renumbered");
  return bad(
    "edited",
    seq,
    signedRoot
      ? "was changed after it was recorded: it no longer hashes to the tree the register signed"
      : "was changed after it was recorded: its signed checkpoint does not verify",
  );
}

/**
 * The common case, in one pass of hashing: every record rehashes into the tree whose root the last
 * checkpoint signs, so no record can have changed since (the register only signs records it wrote,
 * numbered in order), and every column derived from a record is what it gives. One signature is
 * checked instead of one per record. Anything else (undefined) goes to the record-by-record replay,
 * which says what was done to which record.
 */
function quickVerdict(
  rows: StoredRow[],
  meta: RegisterMeta,
  verifier: NoteVerifier,
): { leaves: Buffer[]; root: Buffer } | undefined {
  if (rows.length === 0 || meta.size !== rows.length) return undefined;
  const leaves: Buffer[] = [];
  const tree = new MerkleAccumulator();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.seq !== i || nonTextColumn(row) || (row.checkpoint === "" && i === rows.length - 1)) return undefined;
    const leaf = hashLeaf(Buffer.from(row.record, "utf8"));
    leaves.push(leaf);
    tree.push(leaf);
    const header = recordHeader(row.record);
    if (!header || header.seq !== i || changedColumn(row, header, leaf, tree.root(), meta.origin)) return undefined;
  }
  const root = tree.root();
  if (!signedRootOf(rows[rows.length - 1]!, rows.length, meta, verifier)?.equals(root)) return undefined;
  if (storedIdentityProblem(rows, meta)) return undefined;
  return { leaves, root };
}

function withCheckpoint(leaves: Buffer[], root: Buffer, checkpoint: Checkpoint | undefined): LogVerdict {
  if (checkpoint) {
    if (checkpoint.size > leaves.length)
      return bad(
        "truncated",
        leaves.length,
        `and later are missing: a checkpoint signed ${checkpoint.size} records, ${leaves.length} are left`,
      );
    const earlier = rootOf(leaves.slice(0, checkpoint.size));
    if (!earlier.equals(checkpoint.root)) {
      return {
        intact: false,
        kind: "forked",
        seq: checkpoint.size - 1,
        message: `the first ${checkpoint.size} records are not the ones the checkpoint signed (${checkpointBody(checkpoint).split("\n")[2]}): the register holds another history`,
      };
    }
    if (
      checkpoint.size > 0 &&
      !verifyConsistency(
        checkpoint.size,
        leaves.length,
        checkpoint.root,
        root,
        consistencyProof(checkpoint.size, leaves),
      )
    ) {
      return {
        intact: false,
        kind: "forked",
        seq: checkpoint.size - 1,
        message: "the log is not consistent with the checkpoint",
      };
    }
  }
  return { intact: true, size: leaves.length, root, leaves, ...(checkpoint ? { checkpoint } : {}) };
}

/**
 * The register's records, trusted only after the whole log verifies: the gate never takes a trust
 * root or an exception from a register that was changed behind its back.
 */
export function tampered(location: string, message: string): never {
  throw new InputError([
    {
      file: location,
      location: "",
      expected: `TAMPERED: the register was tampered with: ${message}; run dpia register verify, and restore it from a backup that matches your saved checkpoint`,
    },
  ]);
}

export function assertIntact(
  rows: StoredRow[],
  meta: RegisterMeta,
  location: string,
  pin?: RegisterPin,
  saved?: Checkpoint,
): void {
  verifiedLeaves(rows, meta, meta.verifierKey, location, pin, "", saved);
}

/**
 * The leaves of a log that verifies (the quick check, then the replay that names what is wrong),
 * or an error naming the register and the first bad record. An append extends these, recomputed
 * from the records, never the stored leaf column.
 */
export function verifiedLeaves(
  rows: StoredRow[],
  meta: RegisterMeta,
  trusted: string,
  location: string,
  pin?: RegisterPin,
  refused = "",
  saved?: Checkpoint,
): Buffer[] {
  const verdict = verifyLog(rows, meta, trusted, saved, { quick: true, pin });
  if (verdict.intact) return verdict.leaves;
  throw refusal(location, verdict, refused);
}

/** The error of a register that did not verify, naming it, the first bad record and what was done to it. */
export function refusal(location: string, verdict: Extract<LogVerdict, { intact: false }>, refused = ""): InputError {
  return new InputError([
    {
      file: location,
      location: "",
      expected: `TAMPERED: the register was tampered with (${verdict.kind}): ${verdict.message}; ${refused}run dpia register verify, and restore it from a backup that matches your saved checkpoint`,
    },
  ]);
}
