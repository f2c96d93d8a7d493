// What the vendor-source fault tests share: a real HTTP server on 127.0.0.1 per fault, the seed's
// 365-versus-90-day example (examples/vendor-retention) with its vendor record moved from a file to
// the source under test, and the real `dpia gate` run on it.
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { afterEach, expect } from "vitest";
import { runDpia, runDpiaAsync, type RunResult } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const example = path.join(root, "examples", "vendor-retention");

/** The host the example's data action posts recordings to. */
export const HOST = "api.marketing-cloud.example.com";

/** The example's own vendor record: 365 days live and 30 in backups, against the 90 days Genesys keeps the recordings. */
export function record365(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(example, "vendors", "example-marketing-cloud.json"), "utf8"));
}

/** The same vendor, keeping the data no longer than needed: 60 days live, no backups. */
export function record60(): Record<string, unknown> {
  const record = record365();
  const capability = record.vendor_data_capability as Record<string, unknown>;
  return { ...record, vendor_data_capability: { ...capability, retention: { live: "P60D" } } };
}

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface Served {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

const open: Served[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/**
 * A real HTTP server on 127.0.0.1 (port 0) answering with `handler`; every request path is kept.
 * It is closed after the test that started it.
 */
export async function serve(handler: Handler): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const served: Served = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(served);
  return served;
}

export function json(response: http.ServerResponse, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** A copy of the example whose policy asks `vendors` (api or fides) instead of reading the record file. */
export function exampleWith(vendors: Record<string, unknown>): string {
  const dir = tempDir("vendor-fault-");
  fs.cpSync(example, dir, { recursive: true, filter: (source) => path.basename(source) !== ".dpia" });
  const policyFile = path.join(dir, "dpia.policy.json");
  const policy = JSON.parse(fs.readFileSync(policyFile, "utf8"));
  delete policy.$schema;
  const { files: _files, ...rest } = policy.vendors;
  policy.vendors = { ...rest, ...vendors };
  fs.writeFileSync(policyFile, JSON.stringify(policy, null, 2));
  fs.rmSync(path.join(dir, "vendors"), { recursive: true });
  return dir;
}

/** `dpia gate .` in the folder, without blocking this process (its servers must answer the child). */
export function gate(dir: string, args: string[] = []): Promise<RunResult> {
  return runDpiaAsync(["gate", ".", ...args], { cwd: dir });
}

/**
 * Exit 2 with one plain line naming the source, the receiving host and the reason; no internal
 * error, no approval printed; and the register intact with nothing of the run recorded in it.
 */
export function expectCouldNotAssess(result: RunResult, dir: string, source: string, reason: string | RegExp): void {
  expect(result.status, result.output).toBe(2);
  expect(result.output).not.toContain("internal error");
  expect(result.output).not.toContain("APPROVED");
  const line = result.stderr.trim();
  expect(line.split("\n"), line).toHaveLength(1);
  expect(line).toContain(`vendor source ${source} gave no answer for receiving host ${HOST}: `);
  if (typeof reason === "string") expect(line).toContain(reason);
  else expect(line).toMatch(reason);
  expectNothingRecorded(dir);
}

/** `dpia register verify` INTACT, and no record but the register's creation. */
function expectNothingRecorded(dir: string): void {
  const verify = runDpia(["register", "verify"], { cwd: dir });
  expect(verify.status, verify.output).toBe(0);
  expect(verify.stdout).toContain("INTACT");
  const records = runDpia(["register", "export", "--format", "records"], { cwd: dir });
  expect(records.status, records.output).toBe(0);
  const kinds = (JSON.parse(records.stdout) as Array<{ kind: string }>).map((record) => record.kind);
  expect(kinds.filter((kind) => kind !== "register-created")).toEqual([]);
}

/** Blocked by the vendor's 365 days against the 90 needed: GC-VEN-2, exit 1. */
export function expectBlockedByRetention(result: RunResult): void {
  expect(result.status, result.output).toBe(1);
  expect(result.output).not.toContain("internal error");
  expect(result.stdout).toContain("GC-VEN-2 Critical");
  expect(result.stdout).toContain(
    "keeps the data 395 days (365 days live and 30 in backups), but it is needed for 90 days",
  );
}

/** Approved: the vendor keeps the data no longer than needed. */
export function expectApproved(result: RunResult): void {
  expect(result.status, result.output).toBe(0);
  expect(result.output).not.toContain("internal error");
  expect(result.stdout).toMatch(/APPROVED \w+\s+INT-marketing-platform/);
  expect(result.stdout).not.toContain("GC-VEN-");
}
