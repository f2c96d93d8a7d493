import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import {
  consistencyProof,
  emptyRoot,
  hashChildren,
  hashLeaf,
  inclusionProof,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from "../../src/register/merkle";

/** Probes from github.com/transparency-dev/merkle testdata (commit in the file), run as its Go tests run them. */
const vectors = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures", "transparency-dev-merkle-vectors.json"), "utf8"),
) as {
  commit: string;
  inclusion: Array<{
    file: string;
    leafIdx: number;
    treeSize: number;
    root: string | null;
    leafHash: string | null;
    proof: string[] | null;
    desc: string;
    wantErr: boolean;
  }>;
  consistency: Array<{
    file: string;
    size1: number;
    size2: number;
    root1: string | null;
    root2: string | null;
    proof: string[] | null;
    desc: string;
    wantErr: boolean;
  }>;
};
const b64 = (text: string | null) => Buffer.from(text ?? "", "base64");
const hex = (buffer: Buffer) => buffer.toString("hex");

// The eight leaves of the RFC 6962 reference tests (certificate-transparency), whose tree the testdata describes.
const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(
  (h) => hashLeaf(Buffer.from(h, "hex")),
);

describe("RFC 6962 hashing: known answers", () => {
  test("empty tree, empty leaf, a leaf and a node (rfc6962_test.go)", () => {
    expect(hex(emptyRoot())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(hashLeaf(Buffer.alloc(0)))).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    expect(hex(hashLeaf(Buffer.from("L123456")))).toBe(
      "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56",
    );
    expect(hex(hashChildren(Buffer.from("N123"), Buffer.from("N456")))).toBe(
      "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb",
    );
  });

  test("the reference tree of eight leaves has the root the testdata proves against", () => {
    const happy = vectors.inclusion.find((probe) => probe.file.endsWith("inclusion/1/happy-path.json"))!;
    expect(rootOf(LEAVES).toString("base64")).toBe(happy.root);
  });
});

describe(`transparency-dev/merkle testdata (${vectors.commit.slice(0, 12)})`, () => {
  test(`all ${vectors.inclusion.length} inclusion probes`, () => {
    const wrong = vectors.inclusion.filter(
      (p) =>
        verifyInclusion(p.leafIdx, p.treeSize, b64(p.leafHash), (p.proof ?? []).map(b64), b64(p.root)) === p.wantErr,
    );
    expect(wrong.map((p) => `${p.file}: ${p.desc}`)).toEqual([]);
    expect(vectors.inclusion.filter((p) => !p.wantErr).length).toBeGreaterThan(0);
  });

  test(`all ${vectors.consistency.length} consistency probes`, () => {
    const wrong = vectors.consistency.filter(
      (p) => verifyConsistency(p.size1, p.size2, b64(p.root1), b64(p.root2), (p.proof ?? []).map(b64)) === p.wantErr,
    );
    expect(wrong.map((p) => `${p.file}: ${p.desc}`)).toEqual([]);
  });

  test("the proofs we generate are the ones in the testdata", () => {
    for (const probe of vectors.inclusion.filter((p) => !p.wantErr && p.treeSize <= LEAVES.length && p.proof)) {
      expect(
        inclusionProof(probe.leafIdx, LEAVES.slice(0, probe.treeSize)).map((node) => node.toString("base64")),
        probe.file,
      ).toEqual(probe.proof);
    }
    for (const probe of vectors.consistency.filter((p) => !p.wantErr && p.size2 <= LEAVES.length && p.proof)) {
      expect(
        consistencyProof(probe.size1, LEAVES.slice(0, probe.size2)).map((node) => node.toString("base64")),
        probe.file,
      ).toEqual(probe.proof);
    }
  });
});

describe("generated proofs verify for every leaf and size, and forgeries do not", () => {
  const leaves = Array.from({ length: 37 }, (_, i) => hashLeaf(Buffer.from(`record ${i}`)));

  test("inclusion and consistency for every size up to 37", () => {
    for (let size = 1; size <= leaves.length; size++) {
      const tree = leaves.slice(0, size);
      const root = rootOf(tree);
      for (let index = 0; index < size; index++)
        expect(verifyInclusion(index, size, tree[index]!, inclusionProof(index, tree), root)).toBe(true);
      for (let earlier = 1; earlier <= size; earlier++) {
        expect(
          verifyConsistency(earlier, size, rootOf(tree.slice(0, earlier)), root, consistencyProof(earlier, tree)),
          `${earlier}→${size}`,
        ).toBe(true);
      }
    }
  });

  test("a forged path, a wrong size, a wrong index and swapped leaves are refused", () => {
    const size = 21;
    const tree = leaves.slice(0, size);
    const root = rootOf(tree);
    const proof = inclusionProof(5, tree);
    const forged = proof.map((node, i) => (i === 2 ? Buffer.from(node).fill(7, 0, 1) : node));
    expect(verifyInclusion(5, size, tree[5]!, forged, root)).toBe(false);
    const last = inclusionProof(20, tree);
    expect(verifyInclusion(20, size + 1, tree[20]!, last, root)).toBe(false);
    expect(verifyInclusion(20, size + 12, tree[20]!, last, root)).toBe(false);
    expect(verifyInclusion(5, 5, tree[5]!, proof, root)).toBe(false);
    expect(verifyInclusion(4, size, tree[5]!, proof, root)).toBe(false);
    expect(verifyInclusion(5, size, tree[5]!, proof.slice(0, -1), root)).toBe(false);
    expect(verifyInclusion(5, size, tree[5]!, [...proof, proof[0]!], root)).toBe(false);
    const swapped = [...tree];
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(rootOf(swapped).equals(root)).toBe(false);
    expect(verifyInclusion(3, size, tree[4]!, inclusionProof(3, tree), root)).toBe(false);
    const consistency = consistencyProof(13, tree);
    expect(verifyConsistency(13, size, rootOf(swapped.slice(0, 13)), root, consistency)).toBe(false);
    expect(verifyConsistency(12, size, rootOf(tree.slice(0, 13)), root, consistency)).toBe(false);
    expect(verifyConsistency(13, size, rootOf(tree.slice(0, 13)), rootOf(swapped), consistency)).toBe(false);
    expect(verifyConsistency(0, size, emptyRoot(), root, [])).toBe(false);
    expect(verifyInclusion(-1, size, tree[0]!, [], root)).toBe(false);
    expect(verifyInclusion(0, size, tree[0]!, [Buffer.alloc(31)], root)).toBe(false);
  });
});
