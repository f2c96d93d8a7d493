import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { Dpia } from "../dpia/schema";
import type { ExceptionUse } from "../exceptions/apply-exceptions";
import type { ExceptionRecord } from "../exceptions/schema";
import type { Inventory } from "../inventory/model";
import type { RootInForce } from "../trust/root-in-force";
import { InputError } from "../validation/input-error";
import { AUTHORITY_KINDS, authorityFrom, type GateAuthority } from "./gate-authority";
import { gateRecordEntries } from "./gate-run";
import { LocalRegister } from "./local-register";
import { resolveRegister, type RegisterLocation } from "./register-location";
import { loadPolicy } from "../policy/load-policy";

/** SQLite answers in this process: better-sqlite3 is synchronous. */
function answerLocally(
  request: BridgeRequest,
  where: Extract<RegisterLocation, { backend: "sqlite" }>,
): BridgeResponse {
  const register = LocalRegister.open(where);
  try {
    if (request.op === "authority") {
      const warnings: string[] = [];
      const records = register.verifiedRecords(AUTHORITY_KINDS);
      const authority = authorityFrom(records, register.location, loadPolicy({ file: request.policyFile }), warnings);
      return authorityResponse(register.location, authority, warnings);
    }
    register.appendAll(
      gateRecordEntries({
        assessed: request.assessed,
        uses: request.uses,
        input: request.input,
        at: new Date(request.at),
      }),
    );
    return { ok: true, op: "record", location: register.location };
  } finally {
    register.close();
  }
}

export type BridgeRequest =
  | { op: "authority"; register?: string; policyFile?: string }
  | {
      op: "record";
      register?: string;
      /** Absent for a stack blocked at synthesis: only the uses of exceptions are recorded. */
      assessed?: { dpias: Dpia[]; inventory: Inventory };
      uses: ExceptionUse[];
      input: string;
      at: string;
    };

export type BridgeResponse =
  | {
      ok: true;
      op: "authority";
      location: string;
      trust: RootInForce;
      exceptions: ExceptionRecord[];
      warnings: string[];
    }
  | { ok: true; op: "record"; location: string }
  | { ok: false; message: string };

/** The answer to an authority request, from the register at `location`. */
export function authorityResponse(location: string, authority: GateAuthority, warnings: string[]): BridgeResponse {
  return {
    ok: true,
    op: "authority",
    location,
    trust: authority.trust,
    exceptions: authority.exceptions.exceptions,
    warnings,
  };
}

/**
 * cdktf runs aspects synchronously. SQLite is answered here; PostgreSQL's client is asynchronous, so
 * for it the aspect asks a short-lived child process and waits. A child that fails or says nothing
 * is an error.
 */
export function askRegister<R extends BridgeRequest>(request: R): Extract<BridgeResponse, { ok: true; op: R["op"] }> {
  const where = resolveRegister(request.register);
  if (where.backend === "sqlite")
    return answerLocally(request, where) as Extract<BridgeResponse, { ok: true; op: R["op"] }>;
  const child = path.join(__dirname, `bridge-child${path.extname(__filename)}`);
  const tsx = require.resolve("tsx/cjs/api", { paths: [__dirname] });
  const script = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(child)}).main()`;
  const result = spawnSync(process.execPath, ["-e", script], {
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  const shown = where.shown;
  let response: BridgeResponse | undefined;
  try {
    response = JSON.parse(result.stdout) as BridgeResponse;
  } catch {
    response = undefined;
  }
  if (!response)
    throw new InputError([
      {
        file: shown,
        location: "",
        expected: `a DPIA register the gate can reach (${result.error?.message ?? (result.stderr.trim().split("\n").pop() || `exit ${result.status}`)})`,
      },
    ]);
  if (!response.ok)
    throw new InputError([
      { file: shown, location: "", expected: `a DPIA register the gate can use: ${response.message}` },
    ]);
  return response as Extract<BridgeResponse, { ok: true; op: R["op"] }>;
}
