import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";

/**
 * C2SP signed notes (c2sp.org/signed-note) with Ed25519: the text, a blank line, and one line per
 * signature, `— <name> <base64(key hash ‖ signature)>`. The key hash is the first four bytes of
 * SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
 */
const ED25519 = 0x01;
const DASH = "\u2014";

export interface NoteVerifier {
  name: string;
  keyHash: Buffer;
  publicKey: Buffer;
}

const keyHashOf = (name: string, publicKey: Buffer) =>
  createHash("sha256")
    .update(Buffer.concat([Buffer.from(`${name}\n`, "utf8"), Buffer.of(ED25519), publicKey]))
    .digest()
    .subarray(0, 4);

/** The raw 32-byte Ed25519 public key of a KeyObject. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: "jwk" }) as { x?: string };
  return Buffer.from(jwk.x ?? "", "base64url");
}

const keyObjectOf = (raw: Buffer) =>
  createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });

/** The verifier key string: `<name>+<hex key hash>+<base64(0x01 ‖ public key)>`. */
export function verifierKey(name: string, publicKey: Buffer): string {
  return `${name}+${keyHashOf(name, publicKey).toString("hex")}+${Buffer.concat([Buffer.of(ED25519), publicKey]).toString("base64")}`;
}

/** Parses a verifier key; undefined when it is not an Ed25519 verifier key whose hash matches. */
export function parseVerifierKey(text: string): NoteVerifier | undefined {
  // The base64 key may itself contain "+": only the first two separate.
  const match = /^([^\s+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text.trim());
  if (!match) return undefined;
  const parts = [match[1]!, match[2]!, match[3]!];
  const key = Buffer.from(parts[2]!, "base64");
  if (key.length !== 33 || key[0] !== ED25519) return undefined;
  const publicKey = key.subarray(1);
  const keyHash = keyHashOf(parts[0]!, publicKey);
  if (keyHash.toString("hex") !== parts[1]) return undefined;
  return { name: parts[0]!, keyHash, publicKey };
}

/** The last key parsed: a run signs one checkpoint per record with the same key, and parsing a PEM costs more than signing. */
let lastKey: { pem: string; privateKey: KeyObject; publicKey: Buffer } | undefined;

function signingKey(privateKeyPem: string): { privateKey: KeyObject; publicKey: Buffer } {
  if (lastKey?.pem !== privateKeyPem) {
    const privateKey = createPrivateKey(privateKeyPem);
    lastKey = { pem: privateKeyPem, privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
  }
  return lastKey;
}

/** Signs `text` (which must end in a newline) as a note. */
export function signNote(text: string, name: string, privateKeyPem: string): string {
  if (!text.endsWith("\n")) throw new Error("a note's text ends with a newline");
  const { privateKey, publicKey } = signingKey(privateKeyPem);
  const signature = sign(null, Buffer.from(text, "utf8"), privateKey);
  return `${text}\n${DASH} ${name} ${Buffer.concat([keyHashOf(name, publicKey), signature]).toString("base64")}\n`;
}

export type NoteCheck = { ok: true; text: string } | { ok: false; problem: string };

/** Splits a note and checks that the verifier's signature on it is valid. */
export function openNote(note: string, verifier: NoteVerifier): NoteCheck {
  const split = note.lastIndexOf("\n\n");
  if (split < 0 || !note.endsWith("\n"))
    return { ok: false, problem: "not a signed note (text, a blank line, signature lines)" };
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split("\n");
  if (lines.length === 0 || lines.some((line) => !line.startsWith(`${DASH} `)))
    return { ok: false, problem: `every line after the blank line must be a signature starting with "${DASH} "` };
  for (const line of lines) {
    const [, name, encoded] = /^\u2014 (\S+) (\S+)$/.exec(line) ?? [];
    if (!name || !encoded) return { ok: false, problem: `malformed signature line "${line.slice(0, 80)}"` };
    if (name !== verifier.name) continue;
    const raw = Buffer.from(encoded, "base64");
    if (raw.length !== 68 || !raw.subarray(0, 4).equals(verifier.keyHash)) continue;
    if (verify(null, Buffer.from(text, "utf8"), keyObjectOf(verifier.publicKey), raw.subarray(4)))
      return { ok: true, text };
    return { ok: false, problem: `the signature by ${name} does not verify: the note was changed after signing` };
  }
  return { ok: false, problem: `no signature by the key ${verifier.name}+${verifier.keyHash.toString("hex")}` };
}
