import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/dpia/fingerprint";
import { random, type Random } from "../fuzz/harness";

// Fingerprints, content hashes and the signatures of exceptions and trust roots are taken over canonicalJson's text:
// a faster writer must give the very bytes the first one gave, or every signed exception stops matching.

/** The first implementation, kept as the oracle: JSON.stringify for every scalar and key, keys sorted by code unit. */
function firstCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => firstCanonicalJson(item)).join(",")}]`;
  const object = value as Record<string, unknown>;
  const members = Object.keys(object)
    .sort()
    .filter((key) => object[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${firstCanonicalJson(object[key])}`);
  return `{${members.join(",")}}`;
}

/** Strings JSON writes plainly, with an escape, or with a lone surrogate (escaped) or a pair (kept). */
const PIECES = [
  "a",
  "Zz",
  "10",
  "9",
  "__proto__",
  "constructor",
  '"',
  "\\",
  "\n",
  "\u0000",
  "\u001f",
  " ",
  "\u007f",
  "\u2028",
  "é",
  "\ud83d\ude00",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "",
];

function text(rng: Random): string {
  let out = "";
  for (let i = rng.int(4); i >= 0; i--) out += rng.pick(PIECES);
  return out;
}

const SCALARS = [0, -0, 1.5, -1e308, 1e21, Number.NaN, Infinity, true, false, null, undefined];

function value(rng: Random, depth: number): unknown {
  const kind = depth > 3 ? rng.int(2) : rng.int(4);
  if (kind === 0) return rng.pick(SCALARS);
  if (kind === 1) return text(rng);
  if (kind === 2) return Array.from({ length: rng.int(4) }, () => value(rng, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = rng.int(5); i > 0; i--)
    Object.defineProperty(object, text(rng), { value: value(rng, depth + 1), enumerable: true, writable: true });
  return object;
}

describe("canonicalJson", () => {
  it("writes, for 20,000 seeded random values, exactly the text of its first implementation", () => {
    const rng = random(28);
    for (let i = 0; i < 20_000; i++) {
      const input = value(rng, 0);
      expect(canonicalJson(input)).toBe(firstCanonicalJson(input));
    }
  });

  it("sorts keys by code unit at every depth, keeps a member named __proto__ and leaves out undefined members", () => {
    const object = JSON.parse('{"b":1,"__proto__":{"z":[{"y":2,"x":"\\ud800"}]},"10":true,"9":null,"a":"\\""}');
    object.gone = undefined;
    expect(canonicalJson(object)).toBe(
      '{"10":true,"9":null,"__proto__":{"z":[{"x":"\\ud800","y":2}]},"a":"\\"","b":1}',
    );
  });

  it("writes a key with an escape the same way after the key is remembered", () => {
    expect(canonicalJson({ 'q"\n': 1 })).toBe('{"q\\"\\n":1}');
    expect(canonicalJson({ 'q"\n': 2 })).toBe('{"q\\"\\n":2}');
  });
});
