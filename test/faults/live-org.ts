import * as fs from "node:fs";
import type * as http from "node:http";
import * as path from "node:path";
import { expect } from "vitest";
import { startFakeGenesys, type FakeGenesys, type FakeGenesysOptions } from "../helpers/fake-genesys";
import { runDpiaAsync, type RunResult } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import type { TestEnv } from "../helpers/test-env";
import { liveOrgListings, reportingOrgTf } from "../helpers/reporting-org";

/**
 * The org of the live fault tests: one role and one OAuth client, approved by a real gate run; a
 * local Platform API (test/helpers/fake-genesys.ts) serves the same org, and each test breaks it.
 */
const CLIENT_ID = "drift-reader";
const CLIENT_SECRET = "reader-secret-5f2a9c";

const MAIN_TF = reportingOrgTf();

const ROLE = {
  id: "6f3d1c2a-0000-4000-8000-000000000001",
  name: "Reporting reader",
  permissionPolicies: [{ domain: "analytics", entityName: "conversationAggregate", actionSet: ["view"] }],
};

export function oauthClient(id: string, name: string, divisionId = "home") {
  return {
    id,
    name,
    authorizedGrantType: "CLIENT-CREDENTIALS",
    accessTokenValiditySeconds: 3600,
    roleDivisions: [{ roleId: ROLE.id, divisionId }],
    state: "active",
  };
}

export const REPORTING = oauthClient("9a1b2c3d-0000-4000-8000-000000000002", "Reporting");

/** The org as approved, in the Platform API's listings; `extra` changes or breaks it. */
export function approvedOrg(extra: Partial<FakeGenesysOptions> = {}): FakeGenesysOptions {
  return {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    ...liveOrgListings([ROLE], [REPORTING]),
    ...extra,
  };
}

/** A folder with the approved code and a register holding its approval (one real gate run). */
export async function approvedProject(): Promise<{ dir: string; register: string }> {
  const dir = tempDir("live-faults-");
  fs.mkdirSync(path.join(dir, "tf"));
  fs.writeFileSync(path.join(dir, "tf", "main.tf"), MAIN_TF);
  const register = path.join(dir, "register.db");
  const gate = await runDpiaAsync(["gate", "tf", "--register", register], { cwd: dir });
  expect(gate.status, gate.output).toBe(0);
  return { dir, register };
}

/** Limits small enough that no fault test waits long (README: DPIA_LIVE_*); the timeout leaves room for a loaded machine. */
const FAST: TestEnv = {
  DPIA_LIVE_TIMEOUT_MS: "10000",
  DPIA_LIVE_RETRIES: "2",
  DPIA_LIVE_BACKOFF_MS: "0",
  DPIA_LIVE_MAX_RETRY_AFTER_S: "1",
};

/** `dpia drift live` against a local Platform API, through the real CLI. */
export function driftLive(
  project: { dir: string; register: string },
  bases: { apiBase: string; loginBase: string },
  env: TestEnv = {},
): Promise<RunResult> {
  return runDpiaAsync(
    ["drift", "live", "--register", project.register, "--api-url", bases.apiBase, "--login-url", bases.loginBase],
    {
      cwd: project.dir,
      env: {
        GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
        GENESYSCLOUD_REGION: "eu-west-1",
        ...FAST,
        ...env,
      },
    },
  );
}

/** Exit 2 with one plain line naming the endpoint and the reason; no internal error, no secret, no stack. */
export function expectCouldNotAssess(result: RunResult, endpoint: RegExp, reason: RegExp): void {
  expect(result.status, result.output).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^dpia: live org: /);
  expect(lines[0]).toMatch(endpoint);
  expect(lines[0]).toMatch(reason);
  expect(result.output).not.toMatch(/internal error|please report|\n\s+at /);
  expect(result.output).not.toContain(CLIENT_SECRET);
  expect(result.output).not.toContain(Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64"));
  expect(result.output).not.toMatch(/token-\d/);
  expect(result.output).not.toContain("\u001b");
}

/** The register after the faults: intact, and with as many records as before them. */
export async function expectRegisterUnchanged(project: { dir: string; register: string }, records: number) {
  const verify = await runDpiaAsync(["register", "verify", "--register", project.register], { cwd: project.dir });
  expect(verify.status, verify.output).toBe(0);
  expect(verify.stdout).toContain(`INTACT ${project.register}: ${records} records`);
}

export async function withFake<T>(options: FakeGenesysOptions, run: (fake: FakeGenesys) => Promise<T>): Promise<T> {
  const fake = await startFakeGenesys(options);
  try {
    return await run(fake);
  } finally {
    await fake.close();
  }
}

/** An answer in the Platform API's error format. */
export function platformError(response: http.ServerResponse, status: number, code: string, message: string): true {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify({ message, code, status, contextId: "5c1e0f1e-fault", details: [], errors: [] }));
  return true;
}
