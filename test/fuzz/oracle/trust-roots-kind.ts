import { createPublicKey } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { createException } from "../../../src/exceptions/create-exception";
import { keyFingerprint } from "../../../src/trust/root-signatures";
import type { TrustRoot, TrustRootContent } from "../../../src/trust/schema";
import type { Random } from "../harness";
import {
  asApprover,
  authorityFixture,
  stableJson,
  type AuthorityFixture,
  type FixtureApprover,
} from "./authority-fixture";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, mutateJson, timed, type OracleCase, type OracleKind } from "./kind";
import { generateKeyPair } from "../../../src/exceptions/signing";

const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
/** Two Ed25519 points of small order: a signature (R = identity, S = 0) verifies for every message. */
const WEAK_POINTS = [
  "0100000000000000000000000000000000000000000000000000000000000000",
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
];
const weakKey = (point: string) => Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(point, "hex")]).toString("base64");
const FORGED_SIGNATURE = Buffer.concat([Buffer.from(WEAK_POINTS[0]!, "hex"), Buffer.alloc(32)]).toString("base64");

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The person a key belongs to among the keys the fixture made (by the key's point, whatever its spelling), or undefined. */
function personOf(publicKey: unknown, people: FixtureApprover[]): FixtureApprover | undefined {
  if (typeof publicKey !== "string") return undefined;
  try {
    const jwk = createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" }).export({
      format: "jwk",
    });
    return people.find(
      (person) =>
        createPublicKey({ key: Buffer.from(person.keys.publicKey, "base64"), format: "der", type: "spki" }).export({
          format: "jwk",
        }).x === jwk.x,
    );
  } catch {
    return undefined;
  }
}

interface TrustFacts {
  fixture: Pick<AuthorityFixture, "provenance" | "root">;
  people: FixtureApprover[];
}

/** How many different people of `approvers` really signed `content` (the oracle's own count). */
function genuineSigners(root: TrustRoot, approvers: unknown[], facts: TrustFacts): number {
  const people = new Set<string>();
  for (const signature of Array.isArray(root.signatures) ? root.signatures : []) {
    const approver = approvers.find((a) => (a as { id?: unknown }).id === signature?.approver_id) as
      { public_key?: unknown } | undefined;
    const person = approver && personOf(approver.public_key, facts.people);
    if (person && facts.fixture.provenance.genuine(root.signed, person.id, "", signature.signature))
      people.add(person.id);
  }
  return people.size;
}

/**
 * Whether `next` may follow `current` (or found the chain when `current` is undefined): every
 * approver a real person's key, each person once, and the threshold of the previous root's people
 * and of its own people really signed it, before it expires.
 */
function legitimateStep(current: TrustRoot | undefined, next: TrustRoot, facts: TrustFacts, now: Date): boolean {
  const signed = next?.signed as Partial<TrustRootContent> | undefined;
  if (!signed || !Array.isArray(signed.approvers) || typeof signed.threshold !== "number" || signed.threshold < 2)
    return false;
  const people = signed.approvers.map((approver) => personOf(approver?.public_key, facts.people));
  if (people.some((person) => !person) || new Set(people.map((person) => person!.id)).size !== people.length)
    return false;
  if (!(Date.parse(String(signed.expires)) > now.getTime())) return false;
  if (genuineSigners(next, signed.approvers, facts) < signed.threshold) return false;
  if (!current) return true;
  return (
    signed.version === current.signed.version + 1 &&
    genuineSigners(next, current.signed.approvers, facts) >= current.signed.threshold
  );
}

/** The roots that may be in force after `attempts` were recorded in order, starting from the pinned root. */
function legitimateRoots(pinned: TrustRoot | undefined, attempts: TrustRoot[], facts: TrustFacts, now: Date): string[] {
  const roots: TrustRoot[] = [];
  let current = pinned;
  if (current) roots.push(current);
  for (const attempt of attempts) {
    if (legitimateStep(current, attempt, facts, now)) {
      current = attempt;
      roots.push(attempt);
    }
  }
  return roots.map((root) => stableJson(root.signed));
}

/**
 * The oracle: the root `dpia trust show` reports in force is one a legitimate chain reaches, and
 * the gate lifts the block with the newcomers' exception only if they are approvers of that root.
 */
function judgeTrustCase(
  legitimate: string[],
  inForce: TrustRootContent | undefined,
  newcomers: string[],
  gateExit: number,
): string | undefined {
  if (inForce && !legitimate.includes(stableJson(inForce)))
    return `trust root version ${inForce.version} is in force, but no legitimate chain of signatures reaches it`;
  const approvers = inForce?.approvers.map((approver) => approver.id) ?? [];
  if (gateExit === 0 && !newcomers.every((id) => approvers.includes(id)))
    return "the block was lifted by approvers of no legitimate trust root";
  return undefined;
}

type Attempt = { mutation: string; roots: TrustRoot[] };

/** Drafts of the next roots, each signed by whom the variant says (the fixture records every real signature). */
function attempts(f: AuthorityFixture, mallory: FixtureApprover, rng: Random): Attempt {
  const { dpo, sec, ciso } = f.approvers;
  const expires = iso(new Date(Date.now() + 100 * 86_400_000));
  const content = (version: number, approvers: unknown[], threshold = 2): TrustRootContent =>
    ({ type: "dpia-trust-root", version, expires, threshold, approvers }) as TrustRootContent;
  const weak = WEAK_POINTS.map((point, i) => ({
    id: `weak.${i}`,
    name: `Weak ${i}`,
    role: i === 0 ? "DPO" : "CISO",
    public_key: weakKey(point),
  }));
  const forge = (root: TrustRoot, ids: string[]): TrustRoot => ({
    ...root,
    signatures: [
      ...root.signatures,
      ...ids.map((id) => ({
        approver_id: id,
        key_id: keyFingerprint(weak.find((w) => w.id === id)!.public_key),
        signature: FORGED_SIGNATURE,
      })),
    ],
  });
  const newcomers = [asApprover(f.outsider), asApprover(mallory)];
  const v3 = (v2: TrustRoot, forged: string[]) =>
    forge(f.signRoot(content(3, newcomers), [f.outsider, mallory]), forged);
  const variants: Array<() => Attempt> = [
    () => ({
      mutation: "legitimate rotation to the newcomers",
      roots: [f.signRoot(content(2, newcomers), [dpo, sec, f.outsider, mallory])],
    }),
    () => ({
      mutation: "signed by the newcomers only",
      roots: [f.signRoot(content(2, newcomers), [f.outsider, mallory])],
    }),
    () => ({
      mutation: "one old approver and the newcomers",
      roots: [f.signRoot(content(2, newcomers), [dpo, f.outsider, mallory])],
    }),
    () => ({ mutation: "threshold 1", roots: [f.signRoot(content(2, newcomers, 1), [dpo, f.outsider])] }),
    () => ({
      mutation: "version 3 first",
      roots: [f.signRoot(content(3, newcomers), [dpo, sec, f.outsider, mallory])],
    }),
    () => {
      const v2 = forge(
        f.signRoot(content(2, [asApprover(dpo), asApprover(sec), ...weak]), [dpo, sec]),
        weak.map((w) => w.id),
      );
      return {
        mutation: "small-order keys signed in, then forging the next root",
        roots: [
          v2,
          v3(
            v2,
            weak.map((w) => w.id),
          ),
        ],
      };
    },
    () => {
      const v2 = forge(
        f.signRoot(content(2, [asApprover(dpo), ...weak]), [dpo, sec]),
        weak.map((w) => w.id),
      );
      return {
        mutation: "small-order keys with one real approver",
        roots: [
          v2,
          v3(
            v2,
            weak.map((w) => w.id),
          ),
        ],
      };
    },
    () => {
      const respelt = {
        ...asApprover(dpo),
        id: "dpo.twin",
        name: "Anna Twin",
        public_key: `${dpo.keys.publicKey.replace(/=+$/, "")}\n`,
      };
      return {
        mutation: "one key under two ids (respelt)",
        roots: [f.signRoot(content(2, [asApprover(dpo), respelt, ...newcomers]), [dpo, sec, f.outsider, mallory])],
      };
    },
    () => {
      const dup = { ...asApprover(f.outsider), id: "eve.twin" };
      return {
        mutation: "one newcomer under two ids",
        roots: [f.signRoot(content(2, [asApprover(f.outsider), dup, asApprover(ciso)]), [dpo, sec, f.outsider])],
      };
    },
    () => ({
      mutation: "expired rotation",
      roots: [
        f.signRoot({ ...content(2, newcomers), expires: iso(new Date(Date.now() - 86_400_000)) }, [
          dpo,
          sec,
          f.outsider,
          mallory,
        ]),
      ],
    }),
    () => {
      const legit = f.signRoot(content(2, newcomers), [dpo, sec, f.outsider, mallory]);
      const { mutation, document } = mutateJson(legit, rng);
      return { mutation: `edited after signing: ${mutation}`, roots: [document as TrustRoot] };
    },
    () => {
      const { mutation, document } = mutateJson(f.root, rng);
      return { mutation: `founding root edited: ${mutation}`, roots: [document as TrustRoot] };
    },
  ];
  return rng.pick(variants)();
}

export type TrustRootsKind = OracleKind & { fixture: AuthorityFixture; mallory: FixtureApprover };

/** Trust roots: founding and rotations, signed, forged and edited, put in force with `dpia trust rotate`. */
export async function trustRootsKind(root: string): Promise<TrustRootsKind> {
  const f = await authorityFixture(path.join(root, "authority"));
  const mallory: FixtureApprover = {
    id: "mallory",
    name: "Mallory Jones",
    role: "SECURITY_LEAD",
    keys: generateKeyPair(),
  };
  const facts: TrustFacts = { fixture: f, people: [...Object.values(f.approvers), f.outsider, mallory] };
  let n = 0;
  /** Records the roots in order (`base`: "rotation" after the pinned root, or "founding" in an empty register; ", unpinned" without DPIA_TRUST_ROOT). */
  const evaluate = async (input: string, base: string, mutation = "given"): Promise<OracleCase> => {
    const roots = JSON.parse(input) as TrustRoot[];
    const caseDir = path.join(root, "cases", String(n++));
    const founding = base.startsWith("founding");
    const pinned = !base.endsWith("unpinned");
    const register = founding ? path.join(caseDir, "register.db") : f.freshRegister(caseDir);
    fs.mkdirSync(caseDir, { recursive: true });
    const env = { DPIA_TRUST_ROOT: pinned ? f.rootHash : undefined };
    let ms = 0;
    let failure: string | undefined;
    for (const [index, attempt] of roots.entries()) {
      const file = path.join(caseDir, `root-${index}.json`);
      fs.writeFileSync(file, JSON.stringify(attempt, null, 2));
      const rotated = await timed(() => dpiaInProcess(["trust", "rotate", file, "--register", register], env));
      ms += rotated.ms;
      failure ??= contractFailure(rotated.outcome, rotated.ms);
    }
    const shown = await timed(() => dpiaInProcess(["trust", "show", "--register", register], env));
    failure ??= contractFailure(shown.outcome, shown.ms);
    const hash = /^Trust root version \d+, (sha256:[0-9a-f]{64})/m.exec(shown.outcome.stdout)?.[1];
    const inForce = [f.root, ...roots].find((candidate) => hash && rootHashOf(candidate) === hash)?.signed;
    const gate = await gateWithNewcomers(f, mallory, register, caseDir, env);
    failure ??= contractFailure(gate.outcome, gate.ms);
    const legitimate = legitimateRoots(founding && !pinned ? undefined : f.root, roots, facts, new Date());
    failure ??= judgeTrustCase(legitimate, inForce, [f.outsider.id, mallory.id], gate.outcome.exitCode);
    fs.rmSync(caseDir, { recursive: true, force: true });
    return {
      kind: "trust roots",
      base,
      mutation: `${mutation} (${base})`,
      exitCode: gate.outcome.exitCode,
      ms: ms + gate.ms,
      input,
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "trust roots",
    runCase: async (rng) => {
      const { mutation, roots } = attempts(f, mallory, rng);
      const base = `${mutation.startsWith("founding") ? "founding" : "rotation"}${rng.int(3) > 0 ? "" : ", unpinned"}`;
      return evaluate(JSON.stringify(roots), base, mutation);
    },
    evaluate,
    /** For the tests: the keys and root the kind made, and the newcomer beside the outsider. */
    fixture: f,
    mallory,
  } as TrustRootsKind;
}

import { rootHash } from "../../../src/trust/root-signatures";
function rootHashOf(root: TrustRoot): string | undefined {
  try {
    return rootHash(root.signed);
  } catch {
    return undefined;
  }
}

/** The newcomers' own exception for the blocked DPIA, imported, then the gate. */
async function gateWithNewcomers(
  f: AuthorityFixture,
  mallory: FixtureApprover,
  register: string,
  caseDir: string,
  env: Record<string, string | undefined>,
) {
  const now = Date.now() - 60_000;
  let exception = createException({
    dpia: {
      dpia_id: f.blocked.dpia_id,
      integration_name: f.blocked.integration_name,
      fingerprint: f.blocked.fingerprint,
      subject: { address: f.blocked.address } as never,
    },
    requester: "mallory",
    reason: "Card payments go live for the campaign before tokenisation lands",
    ticket: "CHG-9",
    notBefore: new Date(now),
    hours: 24,
    maxHours: 72,
    requestedAt: new Date(now),
  });
  exception = f.signException(
    f.signException(exception, f.outsider, new Date(now + 1_000)),
    mallory,
    new Date(now + 2_000),
  );
  const file = path.join(caseDir, "exceptions.json");
  fs.writeFileSync(file, JSON.stringify({ version: 1, exceptions: [exception] }));
  await dpiaInProcess(["exception", "import", file, "--register", register], env);
  return timed(() =>
    dpiaInProcess(["gate", f.config, "--policy", f.policy, "--register", register, "--format", "json"], env),
  );
}
