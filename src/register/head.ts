import { createHash } from "node:crypto";
import type { Places, RegisterMeta, StoredHead, StoredRow } from "./backends/backend";
import { checkpointBody, parseCheckpointBody } from "./checkpoint";
import { hashLeaf, MerkleAccumulator } from "./merkle";
import { recordHeader } from "./record";
import { openNote, type NoteVerifier } from "./signed-note";

/**
 * The register's head: what a run needs to append and to trust the few records it reads, without
 * reading the log. Stored after every append (dpia_register_head, insert-only):
 * - the frontier of the Merkle tree (its perfect subtrees' hashes), from which the next leaves extend
 *   the tree, held to the root the checkpoint signs;
 * - the signed checkpoint of the log at that size, whose extension lines give, for each kind of
 *   record, how many the log holds and a hash chain over their places and leaves
 *   (`kind <name> <count> <base64 chain>`). A run that reads only the trust roots and exceptions
 *   checks them against their kinds' chains: a record of those kinds edited, hidden (its kind column
 *   changed), removed or added is a chain that does not match what the register signed.
 * Every record is still a leaf of the tree; `dpia register verify` replays them all and holds the head
 * to the log.
 */
interface KindChain {
  count: number;
  chain: Buffer;
}

export type KindChains = Map<string, KindChain>;

/** The chain of a kind after one more record of it, at `seq` with `leaf`. */
export function extendChain(chains: KindChains, kind: string, seq: number, leaf: Buffer): void {
  const before = chains.get(kind);
  const place = Buffer.alloc(8);
  place.writeBigUInt64BE(BigInt(seq));
  const chain = createHash("sha256")
    .update(before?.chain ?? Buffer.alloc(32))
    .update(place)
    .update(leaf)
    .digest();
  chains.set(kind, { count: (before?.count ?? 0) + 1, chain });
}

/** The signed text of a head: the C2SP checkpoint body, then one extension line per kind, sorted. */
export function headBody(origin: string, size: number, root: Buffer, chains: KindChains): string {
  const lines = [...chains.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, { count, chain }]) => `kind ${kind} ${count} ${chain.toString("base64")}\n`);
  return checkpointBody({ origin, size, root }) + lines.join("");
}

/** The kind chains a checkpoint body's extension lines give, or undefined when they are not in that form. */
export function chainsOf(body: string): KindChains | undefined {
  const chains: KindChains = new Map();
  for (const line of body.split("\n").slice(3, -1)) {
    const match = /^kind ([a-z-]{1,40}) ([1-9][0-9]{0,15}) ([A-Za-z0-9+/]{43}=)$/.exec(line);
    if (!match || chains.has(match[1]!)) return undefined;
    chains.set(match[1]!, { count: Number(match[2]), chain: Buffer.from(match[3]!, "base64") });
  }
  return chains;
}

export const frontierText = (tree: MerkleAccumulator): string =>
  JSON.stringify(tree.frontier().map((hash) => hash.toString("base64")));

export type HeadCheck = { ok: true; tree: MerkleAccumulator; chains: KindChains } | { ok: false; problem: string };

/**
 * The tree a stored head stands for, checked without the log: signed by the register's key, of this
 * register (`origin`), at the size it is stored under, with a frontier that gives the root the
 * signature covers.
 */
export function treeOfHead(head: StoredHead, origin: string, verifier: NoteVerifier): HeadCheck {
  const fail = (problem: string): HeadCheck => ({ ok: false, problem: `its head (${head.size} records): ${problem}` });
  if (typeof head.checkpoint !== "string" || typeof head.frontier !== "string") return fail("a column is not text");
  const opened = openNote(head.checkpoint, verifier);
  if (!opened.ok) return fail(`its checkpoint is not signed by the register's key (${opened.problem})`);
  const body = parseCheckpointBody(opened.text);
  const chains = chainsOf(opened.text);
  if (!body.ok || !chains) return fail("its checkpoint is not one the register writes");
  const { size, root } = body.checkpoint;
  if (body.checkpoint.origin !== origin)
    return fail(`its checkpoint is of another log (${body.checkpoint.origin.slice(0, 80)})`);
  if (size !== Number(head.size)) return fail(`its checkpoint signs ${size} records`);
  let hashes: Buffer[];
  try {
    const parsed = JSON.parse(head.frontier) as unknown;
    if (!Array.isArray(parsed) || parsed.some((hash) => typeof hash !== "string")) throw new Error("not a list");
    hashes = (parsed as string[]).map((hash) => Buffer.from(hash, "base64"));
  } catch {
    return fail("its frontier is not a list of hashes");
  }
  const tree = MerkleAccumulator.fromFrontier(size, hashes);
  if (!tree || !tree.root().equals(root)) return fail("its frontier does not give the root its checkpoint signs");
  return { ok: true, tree, chains };
}

/**
 * The latest stored head, checked without the log: the tree it stands for (treeOfHead), at the size
 * the register says it holds and its records' places (0 to the last, each once).
 */
export function checkHead(head: StoredHead, meta: RegisterMeta, places: Places, verifier: NoteVerifier): HeadCheck {
  const checked = treeOfHead(head, meta.origin, verifier);
  if (!checked.ok) return checked;
  const fail = (problem: string): HeadCheck => ({ ok: false, problem: `its head (${head.size} records): ${problem}` });
  const size = checked.tree.size;
  if (!places.gapless)
    return fail("its records are not numbered from 0 to the last, each once: a record was put in or taken out");
  if (size !== meta.size || (places.last ?? -1) !== size - 1)
    return fail(
      `its last signed checkpoint is of ${size} records, but the register says it holds ${meta.size} and its last record is numbered ${places.last ?? "(none)"}`,
    );
  return checked;
}

/**
 * The problem with rows read by kind, against the signed chains of those kinds (undefined: they are
 * exactly the records of those kinds the register signed, unchanged).
 */
export function kindRowsProblem(
  rows: readonly StoredRow[],
  kinds: readonly string[],
  chains: KindChains,
  size: number,
): string | undefined {
  const found: KindChains = new Map();
  for (const row of rows) {
    if (typeof row.record !== "string" || typeof row.kind !== "string") return `record ${row.seq} is not text`;
    const header = recordHeader(row.record);
    const place = Number(row.seq);
    if (!header || header.kind !== row.kind || header.seq !== place || !(place >= 0 && place < size))
      return `record ${row.seq} is filed as ${JSON.stringify(row.kind).slice(0, 40)} but holds another record`;
    extendChain(found, row.kind, Number(row.seq), hashLeaf(Buffer.from(row.record, "utf8")));
  }
  for (const kind of kinds) {
    const want = chains.get(kind);
    const got = found.get(kind);
    if ((want?.count ?? 0) !== (got?.count ?? 0) || (want && !want.chain.equals(got!.chain)))
      return `its ${kind} records are not the ones the register signed (${got?.count ?? 0} found, ${want?.count ?? 0} signed): one was edited, hidden, removed or added, or the database's index of records by kind is damaged (when dpia register verify, which reads every record in order, finds the log intact, REINDEX dpia_records_kind repairs that)`;
  }
  return undefined;
}
