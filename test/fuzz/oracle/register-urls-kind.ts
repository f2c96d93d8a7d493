import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { APPROVED_TF, FUZZ_POLICY, type Random } from "../harness";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, timed, type OracleKind } from "./kind";

const PASSWORD = "s3cr3t-Pa55";

/**
 * The oracle: whatever the register value, exit 0 (the approved base, on a register that opened) or
 * exit 2 with one plain line that says what is wrong; never an internal error, a stack trace, a
 * hang, or the password of the URL. A PostgreSQL URL is never exit 0 here: no server answers it.
 */
function judgeRegisterCase(value: string, exitCode: number, stderr: string): string | undefined {
  if (exitCode !== 0 && exitCode !== 2) return `exit ${exitCode} for a register value, expected 0 or 2`;
  if (stderr.includes(PASSWORD)) return "the message shows the URL's password";
  if (exitCode === 0)
    return /^postgres(ql)?:/i.test(value.trim()) ? "approved with a PostgreSQL register no server answers" : undefined;
  const lines = stderr.split("\n").filter((line) => line.trim() && !line.startsWith("warning:"));
  if (lines.length !== 1 || !lines[0]!.startsWith("dpia: "))
    return `not one plain message: ${stderr.trim().slice(0, 300)}`;
  return undefined;
}

const pick = <T>(rng: Random, items: readonly T[]) => rng.pick(items);

/** Register values: PostgreSQL URLs built from odd parts, and SQLite paths in odd places. */
function registerValue(
  rng: Random,
  dir: string,
  ports: { closed: number; garbage: number; silent: number },
): { mutation: string; value: string } {
  if (rng.int(2) === 0) {
    const scheme = pick(rng, ["postgres", "postgresql", "POSTGRES", "postgres:", "postgresql+ssl"]);
    const user = pick(rng, ["dpia", "", "d%zzpia", "d%", "dp ia", "dpia:", `dpia:${PASSWORD}`, `%00:${PASSWORD}`, "ü"]);
    const host = pick(rng, [
      "127.0.0.1",
      "[::1",
      "[::1]",
      "[zz::1]",
      "",
      "localhost",
      "127.0.0.1:",
      "hösT",
      "%41",
      "a b",
      "[::ffff:127.0.0.1]",
    ]);
    const port = pick(rng, [
      String(ports.closed),
      String(ports.closed),
      String(ports.garbage),
      "99999",
      "0",
      "-1",
      "65536",
      "1e3",
      "",
      "abc",
      " 5432",
    ]);
    const db = pick(rng, [
      "/dpia",
      "",
      "/",
      "/d%2Fpia",
      "/%zz",
      "/dpia?sslmode=disable",
      "/dpia?sslmode=bogus",
      "/dpia?connect_timeout=x",
      "/dpia?options=-c%20x",
      "/dpia#frag",
    ]);
    const silent = rng.int(400) === 0;
    const value = `${scheme}://${user}${user ? "@" : ""}${host}${port ? `:${silent ? ports.silent : port}` : ""}${db}`;
    return { mutation: silent ? "PostgreSQL URL, a server that never answers" : "PostgreSQL URL", value };
  }
  const file = path.join(dir, "regular-file");
  const value = pick(rng, [
    path.join(dir, "ok", "register.db"),
    `sqlite:${path.join(dir, "ok2", "register.db")}`,
    `sqlite://${path.join(dir, "ok3", "register.db")}`,
    path.join(file, "register.db"),
    `sqlite:${path.join(file, "sub", "register.db")}`,
    "sqlite:",
    "sqlite://",
    " ",
    dir,
    path.join(dir, "a\u0000b.db"),
    path.join(dir, `${"x".repeat(300)}.db`),
    path.join(dir, ...Array.from({ length: 40 }, () => "y".repeat(120)), "register.db"),
    "file:register.db",
    "http://127.0.0.1/register.db",
    path.join(dir, "C:\\register.db"),
    path.join(dir, "readonly", "register.db"),
    path.join(dir, "garbage.db"),
    path.join(dir, "empty.db"),
  ]);
  return { mutation: "SQLite path", value };
}

async function listen(handler: (socket: net.Socket) => void): Promise<net.Server> {
  const server = net.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  return server;
}

/** Register URLs and paths (`--register`, DPIA_REGISTER) for `dpia gate` on an approved folder. */
export async function registerUrlsKind(root: string): Promise<OracleKind> {
  const target = path.join(root, "tf");
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "main.tf"), APPROVED_TF);
  const policy = path.join(root, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(FUZZ_POLICY));
  const closedServer = await listen(() => undefined);
  const closed = (closedServer.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closedServer.close(() => resolve()));
  const garbage = await listen((socket) => socket.end("HTTP/1.1 400 Bad Request\r\n\r\n"));
  const silent = await listen(() => undefined);
  const ports = {
    closed,
    garbage: (garbage.address() as net.AddressInfo).port,
    silent: (silent.address() as net.AddressInfo).port,
  };
  let n = 0;
  const caseDir = () => {
    const dir = path.join(root, "cases", String(n++));
    fs.mkdirSync(path.join(dir, "readonly"), { recursive: true });
    fs.writeFileSync(path.join(dir, "regular-file"), "not a folder");
    fs.writeFileSync(path.join(dir, "garbage.db"), "SQLite format 3\u0000 but not really");
    fs.writeFileSync(path.join(dir, "empty.db"), "");
    fs.chmodSync(path.join(dir, "readonly"), 0o555);
    return dir;
  };
  /** Replays a kept value; `<dir>` in it stands for the case's folder, which holds the odd files. */
  const evaluate = async (template: string, base: string, mutation = "given", dir = caseDir()) => {
    const value = template.replaceAll("<dir>", dir);
    const viaEnv = base === "DPIA_REGISTER";
    const args = ["gate", target, "--policy", policy, "--format", "json", ...(viaEnv ? [] : ["--register", value])];
    const { outcome, ms } = await timed(() => dpiaInProcess(args, viaEnv ? { DPIA_REGISTER: value } : {}));
    fs.chmodSync(path.join(dir, "readonly"), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
    const failure = contractFailure(outcome, ms) ?? judgeRegisterCase(value, outcome.exitCode, outcome.stderr);
    return {
      kind: "register URLs" as const,
      base,
      mutation: `${mutation} (${base})`,
      exitCode: outcome.exitCode,
      ms,
      input: value.replaceAll(dir, "<dir>"),
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "register URLs",
    runCase: async (rng) => {
      const dir = caseDir();
      const { mutation, value } = registerValue(rng, dir, ports);
      return evaluate(value, rng.int(2) === 0 ? "DPIA_REGISTER" : "--register", mutation, dir);
    },
    evaluate,
  };
}
