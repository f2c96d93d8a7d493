import { random, type Random } from "../harness";
import type { CliOutcome } from "./in-process-cli";

/** One fuzz case of a kind with an oracle: what was mutated, what the gate said, and what was wrong. */
export interface OracleCase {
  kind: string;
  /** Which of the kind's bases the case started from (what evaluate() is given to replay it). */
  base?: string;
  mutation: string;
  exitCode: number;
  ms: number;
  /** What the case fed the gate (a document, a URL), kept with a failure so that it can be replayed. */
  input: string;
  /** Set when an oracle failed. */
  failure?: string;
}

/** A kind of input the fuzzer mutates, with the oracle that judges each outcome. */
export interface OracleKind {
  name: OracleKindName;
  runCase(rng: Random): Promise<OracleCase>;
  /** Runs one given input (a kept finding) on the named base and judges it, as runCase does. */
  evaluate?(input: string, base: string): Promise<OracleCase>;
}

export const ORACLE_KIND_NAMES = [
  "exceptions",
  "policy",
  "state JSON",
  "vendor records",
  "trust roots",
  "register URLs",
  "modules.json",
] as const;
export type OracleKindName = (typeof ORACLE_KIND_NAMES)[number];

/** Longer than any honest case on two loaded cores (a PostgreSQL connect gives up after 15 s); longer is a hang. */
const HANG_MS = 45_000;

/**
 * What every command must do whatever it is given: exit 0, 1 or 2, never an internal error or a
 * stack trace, never hang. The kinds add what their input means on top.
 */
export function contractFailure(outcome: CliOutcome, ms: number): string | undefined {
  if (![0, 1, 2].includes(outcome.exitCode))
    return `exit code ${outcome.exitCode}: ${outcome.stderr.trim().slice(0, 300)}`;
  if (outcome.stderr.includes("internal error")) return `internal error: ${outcome.stderr.trim().slice(0, 300)}`;
  if (/\n\s+at /.test(outcome.stderr)) return `a stack trace: ${outcome.stderr.trim().slice(0, 300)}`;
  if (ms > HANG_MS) return `took ${ms} ms`;
  return undefined;
}

/** A command's outcome, or a hang reported as exit 124 after HANG_MS (the run is left behind). */
export async function timed(run: () => Promise<CliOutcome>): Promise<{ outcome: CliOutcome; ms: number }> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<CliOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ exitCode: 124, stdout: "", stderr: `no answer after ${HANG_MS} ms` }), HANG_MS);
  });
  try {
    const outcome = await Promise.race([run(), hang]);
    return { outcome, ms: Date.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

export interface KindRunFigures {
  kind: string;
  cases: number;
  exits: Record<number, number>;
  mutations: Record<string, number>;
  slowestMs: number;
  failures: OracleCase[];
}

/** Runs `count` seeded cases of one kind: the same seed gives the same cases. */
export async function runOracleKind(
  kind: OracleKind,
  count: number,
  seed: number,
  onCase?: (result: OracleCase) => void,
): Promise<KindRunFigures> {
  const rng = random(seed + ORACLE_KIND_NAMES.indexOf(kind.name) * 7919);
  const figures: KindRunFigures = { kind: kind.name, cases: 0, exits: {}, mutations: {}, slowestMs: 0, failures: [] };
  for (let n = 0; n < count; n++) {
    const result = await kind.runCase(rng);
    onCase?.(result);
    figures.cases++;
    figures.exits[result.exitCode] = (figures.exits[result.exitCode] ?? 0) + 1;
    figures.mutations[result.mutation] = (figures.mutations[result.mutation] ?? 0) + 1;
    figures.slowestMs = Math.max(figures.slowestMs, result.ms);
    if (result.failure) figures.failures.push(result);
  }
  return figures;
}

/** Value-level mutations shared by the kinds that mutate JSON documents structurally. */
const STRANGE_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1e308,
  "",
  "x",
  true,
  [],
  {},
  ["a"],
  { a: 1 },
  "\u0000",
  "\u001b[31m",
  "../../etc/passwd",
  "2099-12-31T23:59:59Z",
];

type Json = unknown;

/** Every path to a value in a JSON document (objects and arrays), the root excluded. */
function jsonPaths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [];
  const entries: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value as Record<string, Json>);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...jsonPaths(item, [...prefix, key])]);
}

export function getAt(value: Json, at: Array<string | number>): Json {
  return at.reduce<Json>((node, key) => (node as Record<string | number, Json>)?.[key], value);
}

/** A deep copy of `value` with the value at `at` replaced (or removed when `replacement` is `REMOVE`). */
export const REMOVE = Symbol("remove");
export function setAt(value: Json, at: Array<string | number>, replacement: Json | typeof REMOVE): Json {
  const copy = structuredClone(value);
  const parent = getAt(copy, at.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = at[at.length - 1]!;
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string | number, Json>)[key];
  } else (parent as Record<string | number, Json>)[key] = replacement;
  return copy;
}

/** Structural mutations of a JSON document: a value replaced, removed, duplicated, a key renamed or added. */
export function mutateJson(document: Json, rng: Random): { mutation: string; document: Json } {
  const paths = jsonPaths(document);
  if (paths.length === 0) return { mutation: "replace root", document: rng.pick(STRANGE_VALUES) };
  const at = rng.pick(paths);
  const where = at.join(".");
  switch (rng.int(5)) {
    case 0:
      return { mutation: `value at ${where}`, document: setAt(document, at, rng.pick(STRANGE_VALUES)) };
    case 1:
      return { mutation: `remove ${where}`, document: setAt(document, at, REMOVE) };
    case 2: {
      const parent = getAt(document, at.slice(0, -1));
      if (Array.isArray(parent))
        return {
          mutation: `duplicate ${where}`,
          document: setAt(document, at.slice(0, -1), [...parent, structuredClone(getAt(document, at))]),
        };
      return {
        mutation: `rename key ${where}`,
        document: renameKey(document, at, rng.pick(["", `${String(at[at.length - 1])}s`, "__proto__", "Resources"])),
      };
    }
    case 3:
      return {
        mutation: `unknown key beside ${where}`,
        document: setAt(document, [...at.slice(0, -1), "zz_unknown"], 1),
      };
    default:
      return {
        mutation: `swap with sibling at ${where}`,
        document: setAt(document, at, getAt(document, rng.pick(paths))),
      };
  }
}

function renameKey(document: Json, at: Array<string | number>, name: string): Json {
  const parent = getAt(document, at.slice(0, -1)) as Record<string, Json>;
  const key = String(at[at.length - 1]);
  const renamed = Object.fromEntries(Object.entries(parent).map(([k, v]) => [k === key ? name : k, v]));
  return at.length === 1 ? renamed : setAt(document, at.slice(0, -1), renamed);
}
