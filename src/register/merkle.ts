import { createHash } from "node:crypto";

/** RFC 6962 / RFC 9162 §2.1 Merkle tree hashing over SHA-256. */
const sha256 = (...parts: Uint8Array[]): Buffer => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

export const emptyRoot = (): Buffer => sha256();
export const hashLeaf = (data: Uint8Array): Buffer => sha256(LEAF_PREFIX, data);
export const hashChildren = (left: Uint8Array, right: Uint8Array): Buffer => sha256(NODE_PREFIX, left, right);

/** The largest power of two smaller than n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A growing tree kept as its perfect subtrees (a compact range): appending a leaf and reading the
 * root each cost O(log n), so replaying a log of n records is O(n log n).
 */
export class MerkleAccumulator {
  private readonly stack: Array<{ hash: Buffer; size: number }> = [];
  size = 0;

  push(leaf: Uint8Array): void {
    let entry: { hash: Buffer; size: number } = { hash: Buffer.from(leaf), size: 1 };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.size === entry.size) {
      const left = this.stack.pop()!;
      entry = { hash: hashChildren(left.hash, entry.hash), size: left.size * 2 };
    }
    this.stack.push(entry);
    this.size++;
  }

  /** The perfect subtrees' hashes, largest first: with the size, all an append needs of the tree. */
  frontier(): Buffer[] {
    return this.stack.map((entry) => entry.hash);
  }

  /**
   * The tree of `size` leaves from its frontier (one hash per bit set in `size`, largest first), or
   * undefined when the count does not fit the size. Nothing here says the hashes are the log's: the
   * caller checks the root against a signed checkpoint.
   */
  static fromFrontier(size: number, hashes: readonly Buffer[]): MerkleAccumulator | undefined {
    const sizes: number[] = [];
    for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) if (size & bit) sizes.push(bit);
    if (!Number.isSafeInteger(size) || size < 0 || size >= 2 ** 31 || sizes.length !== hashes.length) return undefined;
    if (hashes.some((hash) => hash.length !== 32)) return undefined;
    const tree = new MerkleAccumulator();
    sizes.forEach((subtree, i) => tree.stack.push({ hash: Buffer.from(hashes[i]!), size: subtree }));
    tree.size = size;
    return tree;
  }

  root(): Buffer {
    if (this.stack.length === 0) return emptyRoot();
    let hash = this.stack[this.stack.length - 1]!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) hash = hashChildren(this.stack[i]!.hash, hash);
    return hash;
  }
}

/** MTH(D[n]) over leaf hashes. */
export function rootOf(leafHashes: readonly Uint8Array[]): Buffer {
  const tree = new MerkleAccumulator();
  for (const leaf of leafHashes) tree.push(leaf);
  return tree.root();
}

/** PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path of leaf m. */
export function inclusionProof(index: number, leafHashes: readonly Uint8Array[]): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= leafHashes.length)
    throw new RangeError(`leaf ${index} is not in a tree of ${leafHashes.length}`);
  const path = (m: number, leaves: readonly Uint8Array[]): Buffer[] => {
    if (leaves.length <= 1) return [];
    const k = splitPoint(leaves.length);
    return m < k
      ? [...path(m, leaves.slice(0, k)), rootOf(leaves.slice(k))]
      : [...path(m - k, leaves.slice(k)), rootOf(leaves.slice(0, k))];
  };
  return path(index, leafHashes);
}

/** PROOF(m, D[n]) of RFC 9162 §2.1.4.1: that the first `size` leaves are a prefix of the tree. */
export function consistencyProof(size: number, leafHashes: readonly Uint8Array[]): Buffer[] {
  if (!Number.isInteger(size) || size < 0 || size > leafHashes.length)
    throw new RangeError(`size ${size} is not within a tree of ${leafHashes.length}`);
  if (size === 0 || size === leafHashes.length) return [];
  const subproof = (m: number, leaves: readonly Uint8Array[], complete: boolean): Buffer[] => {
    if (m === leaves.length) return complete ? [] : [rootOf(leaves)];
    const k = splitPoint(leaves.length);
    return m <= k
      ? [...subproof(m, leaves.slice(0, k), complete), rootOf(leaves.slice(k))]
      : [...subproof(m - k, leaves.slice(k), false), rootOf(leaves.slice(0, k))];
  };
  return subproof(size, leafHashes, true);
}

const equal = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const isOdd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: does `proof` show the leaf at `index` in the tree of `size` with `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (proof.some((node) => node.length !== 32) || leafHash.length !== 32 || root.length !== 32) return false;
  let fn = index;
  let sn = size - 1;
  let hash: Buffer = Buffer.from(leafHash);
  for (const node of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      hash = hashChildren(node, hash);
      if (!isOdd(fn))
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
    } else {
      hash = hashChildren(hash, node);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(hash, root);
}

/** RFC 9162 §2.1.4.2: is the tree (size1, root1) a prefix of the tree (size2, root2)? */
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2) && (size1 > 0 || equal(root1, emptyRoot()));
  // A proof from the empty tree proves nothing, so none is accepted (as the reference implementation).
  if (size1 === 0 || proof.length === 0) return false;
  if (proof.some((node) => node.length !== 32) || root1.length !== 32 || root2.length !== 32) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  for (const node of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(node, fr);
      sr = hashChildren(node, sr);
      if (!isOdd(fn))
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
    } else {
      sr = hashChildren(sr, node);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}
