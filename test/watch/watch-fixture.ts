import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { GenesysApiClient } from "../../src/drift/live/genesys-api-client";
import { readLiveOrg } from "../../src/drift/live/read-live-org";
import { startFakeGenesys, type FakeGenesys, type FakeGenesysOptions } from "../helpers/fake-genesys";
import { liveOrgListings, reportingOrgTf } from "../helpers/reporting-org";
import { runDpiaAsync } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

export const ORG_ID = "0c1d2e3f-0000-4000-8000-0000000000aa";
export const ROLE_ID = "6f3d1c2a-0000-4000-8000-000000000001";
export const CLIENT_ID = "9a1b2c3d-0000-4000-8000-000000000002";

/**
 * The drift tests' reporting org as the Platform API gives it (AuthzRole with permissionPolicies,
 * OAuthClientListing with roleDivisions: purecloud-platform-client-v2), as approved in
 * reportingOrgTf(); `widen()` adds a recording permission to the role, as an admin would in the UI.
 */
export function reportingOrgListings() {
  const role = {
    id: ROLE_ID,
    name: "Reporting reader",
    permissionPolicies: [{ domain: "analytics", entityName: "conversationAggregate", actionSet: ["view"] }],
  };
  const client = {
    id: CLIENT_ID,
    name: "Reporting",
    authorizedGrantType: "CLIENT-CREDENTIALS",
    accessTokenValiditySeconds: 3600,
    roleDivisions: [{ roleId: ROLE_ID, divisionId: "home" }],
    state: "active",
  };
  return {
    ...liveOrgListings([role], [client]),
    widen: () => role.permissionPolicies.push({ domain: "recording", entityName: "recording", actionSet: ["view"] }),
  };
}

export async function startReportingOrg(extra: Partial<FakeGenesysOptions> = {}) {
  const { listings, cursorListings, widen } = reportingOrgListings();
  const fake: FakeGenesys = await startFakeGenesys({
    clientId: "watcher",
    clientSecret: "watch-s3cret",
    listings,
    cursorListings,
    // GET /api/v2/organizations/me answers the Organization entity (id, name, …).
    documents: { "/api/v2/organizations/me": { id: ORG_ID, name: "Reporting org", state: "active" } },
    ...extra,
  });
  const readOrg = () =>
    readLiveOrg(
      new GenesysApiClient({
        apiBase: fake.apiBase,
        loginBase: fake.loginBase,
        clientId: "watcher",
        clientSecret: "watch-s3cret",
        limits: { retries: 0, timeoutMs: 20_000 },
      }),
      { awsRegion: "eu-west-1", domain: "mypurecloud.ie" },
    );
  return { fake, readOrg, widen };
}

/** A project whose reporting org is approved by the real `dpia gate` in a fresh SQLite register. */
export async function approvedProject(): Promise<{ dir: string; register: string }> {
  const dir = tempDir("watch-");
  fs.mkdirSync(path.join(dir, "tf"));
  fs.writeFileSync(path.join(dir, "tf", "main.tf"), reportingOrgTf());
  const register = path.join(dir, "register.db");
  const gate = await runDpiaAsync(["gate", "tf", "--register", register], { cwd: dir });
  if (gate.status !== 0) throw new Error(`the gate did not approve the reporting org: ${gate.output}`);
  return { dir, register };
}

/** The DPO's webhook: every body it is sent, and a way to wait for the next. */
export async function startWebhook() {
  const bodies: Array<Record<string, unknown>> = [];
  let waiting: Array<() => void> = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      bodies.push(JSON.parse(body) as Record<string, unknown>);
      response.writeHead(204).end();
      const woken = waiting;
      waiting = [];
      for (const wake of woken) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/dpo`,
    bodies,
    /** Resolves once `count` bodies have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (bodies.length >= count ? resolve() : waiting.push(check));
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
