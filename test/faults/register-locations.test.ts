import * as fs from "node:fs";
import * as path from "node:path";
import pg from "pg";
import { parse } from "pg-connection-string";
import { describe, expect, test } from "vitest";
import { resolveRegister } from "../../src/register/register-location";
import { redactPostgresUrl } from "../../src/register/postgres-url";
import { InputError } from "../../src/validation/input-error";
import { runDpia } from "../helpers/run-cli";
import { tempFolder } from "../register/helpers";

const SECRET = "s3cr3tPW";
/** One CLI process on a loaded two-core machine; a test's timeout is this times the processes it starts. */
const PER_PROCESS = 60_000;

/** Each malformed register location, and what its one line must say. */
const MALFORMED: Array<[string, RegExp]> = [
  ["postgres://[::1", /an IPv6 host closed by "\]"/],
  [`postgres://dpia:${SECRET}@db.example:99999/register`, /a port from 1 to 65535, got "99999"/],
  [`postgres://dpia:${SECRET}@db.example:0/register`, /a port from 1 to 65535, got "0"/],
  [`postgres://dpia:${SECRET}@db.example:54x2/register`, /a port from 1 to 65535, got "54x2"/],
  [`postgres://dpia:${SECRET}@db.example/register?port=70000`, /port: a port from 1 to 65535/],
  [`postgres://dpia:${SECRET}@db.example/reg%ZZister`, /percent escapes of two hex digits, got "%ZZ"/],
  [`postgres://dpia:${SECRET}%G1@db.example/register`, /a password whose % signs start percent escapes/],
  [`postgres://dpia:${SECRET}@db.example/reg%00ister`, /without %00/],
  [`postgres://dpia:${SECRET}@db.example/register?sslmode=sometimes`, /sslmode: one of disable, prefer, require/],
  [`postgres://dpia:${SECRET}@db.example/register?sslrootcert=/nonexistent/ca.pem`, /sslrootcert: a readable file/],
  [`postgres://dpia:${SECRET}@db.example/register?replication=database`, /known connection parameters .*"replication"/],
  [`postgres://dpia:${SECRET}@db.example/register?sslmode=require&sslmode=disable`, /sslmode once, got it twice/],
  [`postgres://dpia:${SECRET}@db.example/register?connect_timeout=soon`, /connect_timeout: a whole number of seconds/],
  [`postgres://dpia:${SECRET}@:5432/register`, /a host before ":5432"/],
  [`postgres://dpia:${SECRET}@db.example/a/b`, /one database name after the host, without a \//],
  [`postgres://dpia:${SECRET}@db.example/${"d".repeat(64)}`, /at most 63 bytes/],
  [`postgres://dpia:${SECRET}@db.example/register?application_name=a%20b c`, /without spaces or control characters/],
  [`postgres://dpia:${SECRET}@db.example/register#fragment`, /without a #fragment/],
  [`postgres://dpia:${SECRET}@h1:5432,h2:5432/register`, /one host and port/],
  [`postgres//dpia:${SECRET}@db.example/register`, /starts like a PostgreSQL URL/],
];

/** Those the real CLI is given, from --register and from DPIA_REGISTER: IPv6, port, percent escapes. */
const THROUGH_THE_CLI = [0, 1, 5, 6].map((index) => MALFORMED[index]!);

function problemOf(value: string, env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): InputError | undefined {
  try {
    resolveRegister(value, env, cwd);
    return undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error;
  }
}

describe("register locations are checked up front: one line, exit 2, the password never shown", () => {
  test.each(MALFORMED)("%s", (value, expected) => {
    const problem = problemOf(value);
    expect(problem?.message).toMatch(expected);
    expect(problem?.message).not.toContain(SECRET);
    expect(problem?.message.split("\n")).toHaveLength(1);
  });

  test(
    "the real CLI: every malformed location, from --register and from DPIA_REGISTER, is exit 2 and no internal error",
    () => {
      for (const [value, expected] of THROUGH_THE_CLI) {
        for (const how of ["option", "environment"] as const) {
          const result =
            how === "option"
              ? runDpia(["register", "verify", "--register", value])
              : runDpia(["register", "verify"], { env: { DPIA_REGISTER: value } });
          expect(result.status, result.output).toBe(2);
          expect(result.stderr).toMatch(expected);
          expect(result.stderr).toContain(how === "option" ? "(--register)" : "(DPIA_REGISTER)");
          expect(result.stderr).not.toContain("internal error");
          expect(result.output).not.toContain(SECRET);
        }
      }
    },
    2 * THROUGH_THE_CLI.length * PER_PROCESS,
  );

  test(
    "a register or its key under a regular file: exit 2 naming the file in the way, for the gate and for verify",
    () => {
      const dir = tempFolder("dpia-under-file-");
      const file = path.join(dir, "not-a-folder");
      fs.writeFileSync(file, "a regular file\n");
      const input = path.join(__dirname, "..", "fixtures", "three-forms", "plan.json");
      for (const args of [
        ["gate", input, "--register", path.join(file, "register.db")],
        ["gate", input, "--register", `sqlite:${path.join(file, "deeper", "register.db")}`],
        ["register", "verify", "--register", path.join(file, "register.db")],
      ]) {
        const result = runDpia(args, { cwd: dir });
        expect(result.status, result.output).toBe(2);
        expect(result.stderr).toContain(`but ${file} is a file, not a folder`);
        expect(result.stderr).not.toContain("internal error");
      }
      const key = runDpia(["gate", input, "--register", path.join(dir, "register.db")], {
        cwd: dir,
        env: { DPIA_REGISTER_KEY: path.join(file, "register.key") },
      });
      expect(key.status, key.output).toBe(2);
      expect(key.stderr).toContain(`register.key: the register's signing key in a folder, but ${file} is a file`);
      expect(fs.existsSync(path.join(dir, "register.db"))).toBe(false);
    },
    4 * PER_PROCESS,
  );

  test("a path with a NUL character and a busy timeout that is not a number are refused", () => {
    expect(problemOf("reg\u0000ister.db")?.message).toContain("a path without a NUL character");
    expect(problemOf("register.db", { DPIA_REGISTER_BUSY_TIMEOUT: "soon" })?.message).toContain(
      'DPIA_REGISTER_BUSY_TIMEOUT: seconds from 0 to 3600, got "soon"',
    );
    expect(resolveRegister("register.db", { DPIA_REGISTER_BUSY_TIMEOUT: "1.5" })).toMatchObject({
      busyTimeoutMs: 1500,
    });
  });

  test("well-formed URLs still pass, and pass on what pg itself reads", () => {
    for (const url of [
      "postgres://dpia@127.0.0.1:5432/register",
      "postgresql://dpia:p%40ss@[::1]:6543/register?sslmode=verify-full&application_name=dpia%20gate",
      "postgres:///register?host=/var/run/postgresql",
      "postgres://db.example/register?connect_timeout=5&lock_timeout=30000",
      "postgres://db.example",
    ]) {
      const where = resolveRegister(url, {});
      expect(where.backend).toBe("postgres");
      expect(() => new pg.Client({ connectionString: url })).not.toThrow();
    }
    expect(resolveRegister("postgres://h/d?connect_timeout=2", {})).toMatchObject({ connectTimeoutMs: 2000 });
  });

  test("redaction: the password goes, in the user part and in a parameter, parsed or not", () => {
    expect(redactPostgresUrl(`postgres://dpia:${SECRET}@h:1/d?password=${SECRET}&a=b`)).toBe(
      "postgres://dpia:***@h:1/d?password=***&a=b",
    );
    expect(redactPostgresUrl(`postgres://dpia:${SECRET}@h:99999/d`)).toBe("postgres://dpia:***@h:99999/d");
    expect(redactPostgresUrl(`postgres://dpia:${SECRET}/x@h/d`)).not.toContain(SECRET);
    expect(redactPostgresUrl(`postgres://dpia:${SECRET}h/d`)).not.toContain(SECRET);
    expect(redactPostgresUrl("postgres://h:1/d?application_name=a@b")).toBe("postgres://h:1/d?application_name=a@b");
    expect(redactPostgresUrl("postgres://h/d\u001b[31m")).not.toContain("\u001b");
    expect(redactPostgresUrl("postgres://h:99999/d\u001b[31m")).toBe("postgres://h:99999/d\\u001b[31m");
    expect(redactPostgresUrl(`postgresql:////dpia:${SECRET}@[::1]:6543/register`)).not.toContain(SECRET);
  });
});

/** A small deterministic generator: the same 3,000 cases every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SEEDS = [
  `postgres://dpia:${SECRET}@db.example:5432/register?sslmode=require`,
  `postgresql://dpia:${SECRET}@[::1]:6543/register`,
  `postgres://dpia:${SECRET}@127.0.0.1/register?connect_timeout=3&application_name=gate`,
];
const PIECES = [
  "[",
  "]",
  ":",
  "@",
  "/",
  "?",
  "&",
  "=",
  "%",
  "%4",
  "%zz",
  "%00",
  "99999",
  "0",
  "-1",
  "#",
  " ",
  "\u001b",
  "\u0000",
  "é",
  "sslmode=",
  "port=",
  "host=",
  "//",
  ":65536",
  "[::1]",
  "%2F",
];

function mutate(seed: string, next: () => number): string {
  let text = seed;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (text.length + 1));
    const choice = next();
    if (choice < 0.4) text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]! + text.slice(at);
    else if (choice < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
    else text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]! + text.slice(at + 1);
  }
  return text;
}

describe("3,000 mutated PostgreSQL URLs", () => {
  test("each is refused with one line (never another error) or accepted only when pg reads a host and a port in range", () => {
    const next = random(25);
    const dir = tempFolder("dpia-url-fuzz-");
    let refused = 0;
    for (let index = 0; index < 3000; index++) {
      const value = mutate(SEEDS[index % SEEDS.length]!, next);
      let problem: InputError | undefined;
      try {
        problem = problemOf(value, {}, dir);
      } catch (error) {
        throw new Error(`${JSON.stringify(value)}: ${String(error)}`);
      }
      if (problem) {
        refused++;
        expect(problem.message.split("\n"), value).toHaveLength(1);
        expect(problem.message, value).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        // A value that is no longer a postgres:// URL is a file path, and a path is named as it is.
        if (/^postgres(ql)?:\/\//i.test(value) && value.includes(`:${SECRET}@`))
          expect(problem.message, value).not.toContain(SECRET);
        continue;
      }
      const where = resolveRegister(value, {}, dir);
      if (where.backend !== "postgres") continue;
      let config: ReturnType<typeof parse>;
      try {
        config = parse(where.url);
      } catch (error) {
        throw new Error(`accepted ${JSON.stringify(value)}, which pg-connection-string cannot parse: ${String(error)}`);
      }
      expect(config.host, value).toBeTruthy();
      if (config.port) expect(Number(config.port), value).toBeGreaterThanOrEqual(1);
      if (config.port) expect(Number(config.port), value).toBeLessThanOrEqual(65_535);
      expect(() => new pg.Client({ connectionString: where.url }), value).not.toThrow();
      if (value.includes(`:${SECRET}@`)) expect(where.shown, value).not.toContain(SECRET);
    }
    expect(refused).toBeGreaterThan(300);
    // In process: about three seconds on an idle machine.
  }, 120_000);
});
