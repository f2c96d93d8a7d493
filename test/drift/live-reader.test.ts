import { afterEach, describe, expect, test } from "vitest";
import { compareWithBaselines } from "../../src/drift/compare";
import { GenesysApiClient } from "../../src/drift/live/genesys-api-client";
import { LiveApiError } from "../../src/drift/live/live-api-error";
import { liveLimitsFrom } from "../../src/drift/live/live-limits";
import { InputError } from "../../src/validation/input-error";
import { readLiveOrg } from "../../src/drift/live/read-live-org";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { applyPolicy } from "../../src/policy/load-policy";
import { FIXED_NOW, ref } from "../helpers/assess-config";
import { startFakeGenesys, type FakeGenesys, type FakeGenesysOptions } from "../helpers/fake-genesys";
import { baselinesOf, snapshotOf } from "./drift-helpers";

const ROLE = {
  id: "6f3d1c2a-0000-4000-8000-000000000001",
  name: "Reporting reader",
  permissionPolicies: [
    { domain: "analytics", entityName: "conversationAggregate", actionSet: ["view"], allowConditions: false },
  ],
  default: false,
  base: false,
  userCount: 0,
};
const CLIENT = {
  id: "9a1b2c3d-0000-4000-8000-000000000002",
  name: "Reporting",
  authorizedGrantType: "CLIENT-CREDENTIALS",
  accessTokenValiditySeconds: 3600,
  roleDivisions: [{ roleId: ROLE.id, divisionId: "home" }],
  state: "active",
};
const CREDENTIAL = {
  id: "c0000000-0000-4000-8000-000000000003",
  name: "CRM OAuth client",
  type: { id: "t1", name: "userDefinedOAuth" },
};
const INTEGRATION = {
  id: "1e000000-0000-4000-8000-000000000004",
  name: "CRM Customer Sync",
  integrationType: { id: "custom-rest-actions" },
  intendedState: "ENABLED",
  reportedState: { code: "ACTIVE" },
};
const ACTION = (url: string) => ({
  id: "custom_-_aa000000-0000-4000-8000-000000000005",
  name: "Look up customer",
  category: "CRM Customer Sync",
  integrationId: INTEGRATION.id,
  secure: true,
  config: {
    timeoutSeconds: 10,
    request: { requestUrlTemplate: url, requestType: "GET", headers: { Accept: "application/json" } },
    response: { translationMap: { firstName: "$.firstName" }, successTemplate: "${rawResult}" },
  },
  contract: {
    input: { inputSchema: { type: "object", properties: { phoneNumber: { type: "string" } } } },
    output: {
      successSchema: { type: "object", properties: { firstName: { type: "string" }, email: { type: "string" } } },
    },
  },
  version: 3,
});

function org(
  url = "https://api.crm.example.eu/customers?phone=${input.phoneNumber}",
  extra: Partial<FakeGenesysOptions> = {},
): FakeGenesysOptions {
  return {
    clientId: "drift-reader",
    clientSecret: "reader-secret",
    listings: {
      "/api/v2/authorization/roles": [ROLE],
      "/api/v2/oauth/clients": [CLIENT],
      "/api/v2/integrations": [INTEGRATION],
      "/api/v2/integrations/actions": [{ id: ACTION(url).id, name: ACTION(url).name, integrationId: INTEGRATION.id }],
      "/api/v2/recording/mediaretentionpolicies": [],
      "/api/v2/conversations/messaging/integrations/open": [],
      "/api/v2/outbound/contactlists": [],
      "/api/v2/routing/queues": [],
    },
    cursorListings: {
      "/api/v2/integrations/credentials/listing": [CREDENTIAL],
      "/api/v2/processautomation/triggers": [],
      "/api/v2/webdeployments/deployments": [],
      "/api/v2/webdeployments/configurations": [],
    },
    documents: {
      [`/api/v2/integrations/${INTEGRATION.id}/config/current`]: {
        id: INTEGRATION.id,
        name: "CRM Customer Sync",
        version: 2,
        properties: {},
        advanced: {},
        notes: "Caller look-up in the CRM",
        credentials: { clientCredentials: { id: CREDENTIAL.id, name: CREDENTIAL.name } },
      },
      [`/api/v2/integrations/actions/${ACTION(url).id}`]: ACTION(url),
    },
    ...extra,
  };
}

/** The same org as the team's code declares it (what the gate approved). */
const code = {
  provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
  resource: {
    genesyscloud_auth_role: {
      reader: {
        name: "Reporting reader",
        permission_policies: [{ domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"] }],
      },
    },
    genesyscloud_oauth_client: {
      reporting: {
        name: "Reporting",
        authorized_grant_type: "CLIENT-CREDENTIALS",
        access_token_validity_seconds: 3600,
        roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_id: "home" }],
      },
    },
    genesyscloud_integration_credential: {
      crm: { name: "CRM OAuth client", credential_type_name: "userDefinedOAuth" },
    },
    genesyscloud_integration: {
      crm: {
        integration_type: "custom-rest-actions",
        intended_state: "ENABLED",
        config: [
          {
            name: "CRM Customer Sync",
            notes: "Caller look-up in the CRM",
            credentials: { clientCredentials: ref("genesyscloud_integration_credential.crm") },
          },
        ],
      },
    },
    genesyscloud_integration_action: {
      lookup: {
        name: "Look up customer",
        category: "CRM Customer Sync",
        integration_id: ref("genesyscloud_integration.crm"),
        secure: true,
        config_timeout_seconds: 10,
        contract_input: JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } }),
        contract_output: JSON.stringify({
          type: "object",
          properties: { firstName: { type: "string" }, email: { type: "string" } },
        }),
        config_request: [
          {
            request_url_template: "https://api.crm.example.eu/customers?phone=$${input.phoneNumber}",
            request_type: "GET",
            headers: { Accept: "application/json" },
          },
        ],
        config_response: [{ translation_map: { firstName: "$.firstName" }, success_template: "$${rawResult}" }],
      },
    },
  },
};

const policy = {
  version: 1 as const,
  destinations: [
    { host: "api.crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["Caller look-up"] },
  ],
};
let fake: FakeGenesys | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const waits: number[] = [];
function client(server: FakeGenesys, secret = "reader-secret") {
  return new GenesysApiClient({
    apiBase: server.apiBase,
    loginBase: server.loginBase,
    clientId: "drift-reader",
    clientSecret: secret,
    sleep: async (ms) => void waits.push(ms),
  });
}

async function liveDrift(server: FakeGenesys) {
  const inventory = await readLiveOrg(client(server), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
  const result = assessInventory(inventory, { policy: applyPolicy(policy), now: FIXED_NOW });
  return compareWithBaselines(
    result.dpias.map((dpia) => ({ dpia, snapshot: snapshotOf(dpia, inventory) })),
    baselinesOf(code, policy),
    { ignores: [], now: FIXED_NOW, source: "live" },
  );
}

describe("the live reader against a local server speaking the Platform API's wire format", () => {
  test("reads clients, roles, integrations with their current config, actions with contracts, credential metadata", async () => {
    fake = await startFakeGenesys(org());
    const inventory = await readLiveOrg(client(fake), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    const byType = (type: string) => inventory.resources.find((resource) => resource.type === type)!;
    expect(byType("genesyscloud_oauth_client").attributes).toMatchObject({
      name: "Reporting",
      authorized_grant_type: "CLIENT-CREDENTIALS",
      roles: [{ role_id: "${genesyscloud_auth_role.reporting_reader_6f3d1c2a.id}", division_id: "home" }],
    });
    expect(byType("genesyscloud_integration").attributes.config).toEqual([
      {
        name: "CRM Customer Sync",
        notes: "Caller look-up in the CRM",
        credentials: { clientCredentials: "${genesyscloud_integration_credential.crm_oauth_client_c0000000.id}" },
      },
    ]);
    expect(byType("genesyscloud_integration_action").attributes).toMatchObject({
      integration_id: "${genesyscloud_integration.crm_customer_sync_1e000000.id}",
      contract_input: '{"properties":{"phoneNumber":{"type":"string"}},"type":"object"}',
    });
    expect(byType("genesyscloud_integration_credential").attributes).toEqual({
      name: "CRM OAuth client",
      credential_type_name: "userDefinedOAuth",
    });
    expect(fake.requests).toContain(
      `GET /api/v2/integrations/actions/${ACTION("").id}?expand=contract&includeConfig=true`,
    );
  });

  test("the live org as approved: no drift, even with other addresses", async () => {
    fake = await startFakeGenesys(org());
    const report = await liveDrift(fake);
    expect(report.subjects.map((subject) => [subject.name, subject.state])).toEqual([
      ["CRM Customer Sync", "unchanged"],
      ["Reporting", "unchanged"],
    ]);
    expect(report.exit_code).toBe(0);
  });

  test("an action moved to plain http in the org by hand: https_downgraded, exit 1", async () => {
    fake = await startFakeGenesys(org("http://api.crm.example.eu/customers?phone=${input.phoneNumber}"));
    const report = await liveDrift(fake);
    const crm = report.subjects.find((subject) => subject.name === "CRM Customer Sync")!;
    expect(crm.changes.flatMap((change) => change.kinds)).toContain("https_downgraded");
    expect(report.exit_code).toBe(1);
  });

  test("page-number paging reads every page; cursor paging follows each nextUri (an opaque cursor)", async () => {
    const roles = Array.from({ length: 230 }, (_, i) => ({
      ...ROLE,
      id: `role-${String(i).padStart(4, "0")}`,
      name: `Role ${i}`,
    }));
    const credentials = Array.from({ length: 150 }, (_, i) => ({
      ...CREDENTIAL,
      id: `cred-${String(i).padStart(4, "0")}`,
      name: `Credential ${i}`,
    }));
    const options = org();
    options.listings["/api/v2/authorization/roles"] = roles;
    options.cursorListings!["/api/v2/integrations/credentials/listing"] = credentials;
    fake = await startFakeGenesys(options);
    const inventory = await readLiveOrg(client(fake), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    expect(inventory.resources.filter((resource) => resource.type === "genesyscloud_auth_role")).toHaveLength(230);
    expect(
      inventory.resources.filter((resource) => resource.type === "genesyscloud_integration_credential"),
    ).toHaveLength(150);
    expect(fake.requests.filter((line) => line.startsWith("GET /api/v2/authorization/roles"))).toEqual(
      [1, 2, 3].map((n) => `GET /api/v2/authorization/roles?pageSize=100&pageNumber=${n}`),
    );
    expect(fake.requests.filter((line) => line.startsWith("GET /api/v2/integrations/credentials/listing"))).toEqual([
      "GET /api/v2/integrations/credentials/listing?pageSize=100",
      `GET /api/v2/integrations/credentials/listing?pageSize=100&after=${Buffer.from("cursor:100").toString("base64url")}`,
    ]);
  });

  test("429 with Retry-After is waited for and retried", async () => {
    fake = await startFakeGenesys(
      org(undefined, { rateLimit: { path: "/api/v2/oauth/clients", times: 2, retryAfter: "3" } }),
    );
    waits.length = 0;
    const inventory = await readLiveOrg(client(fake), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    expect(inventory.resources.some((resource) => resource.type === "genesyscloud_oauth_client")).toBe(true);
    expect(waits).toEqual([3_000, 3_000]);
  });

  test("an expired token is renewed and the call repeated", async () => {
    fake = await startFakeGenesys(org(undefined, { tokenCalls: 4 }));
    const inventory = await readLiveOrg(client(fake), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    expect(inventory.resources.length).toBeGreaterThan(0);
    expect(fake.tokensIssued).toBeGreaterThan(1);
  });

  test.each([
    [
      "wrong client credentials",
      org(),
      "wrong-secret",
      /^live org: POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token: HTTP 400 invalid_client: bad credentials \(the login service refused the client credentials\)$/,
    ],
    [
      "403 on integrations",
      org(undefined, { forbidden: ["/api/v2/integrations"] }),
      "reader-secret",
      /GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/integrations\?pageSize=100&pageNumber=1: HTTP 403 missing.permissions: You are missing the following permission\(s\): integrations:integration:view/,
    ],
    [
      "an HTML page instead of JSON",
      org(undefined, { garbage: { "/api/v2/oauth/clients": "<html>maintenance</html>" } }),
      "reader-secret",
      /not JSON \(text\/html/,
    ],
  ])("%s: a clear error, never an empty org", async (_name, options, secret, message) => {
    fake = await startFakeGenesys(options);
    await expect(
      readLiveOrg(client(fake, secret), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" }),
    ).rejects.toThrow(message);
    await expect(
      readLiveOrg(client(fake, secret), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" }),
    ).rejects.toBeInstanceOf(LiveApiError);
  });

  test("a server that always answers 500: an error after the retries", async () => {
    fake = await startFakeGenesys(
      org(undefined, { rateLimit: { path: "/api/v2/authorization/roles", times: 100, retryAfter: "1" } }),
    );
    await expect(readLiveOrg(client(fake), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" })).rejects.toThrow(
      /HTTP 429 too.many.requests.retry.after/,
    );
  });
});

describe("the live reader's limits: bounded, configurable, named when they end a run", () => {
  test("5xx is retried with a doubling backoff, then a LiveApiError naming the attempts", async () => {
    fake = await startFakeGenesys(
      org(undefined, {
        intercept: (_request, response, url) => {
          if (url.pathname !== "/api/v2/authorization/roles") return false;
          response.writeHead(503, { "content-type": "application/json" });
          response.end(JSON.stringify({ message: "Unavailable", code: "service.unavailable", status: 503 }));
          return true;
        },
      }),
    );
    const slept: number[] = [];
    const reader = new GenesysApiClient({
      ...fake,
      clientId: "drift-reader",
      clientSecret: "reader-secret",
      limits: { retries: 3, backoffMs: 100 },
      sleep: async (ms) => void slept.push(ms),
    });
    await expect(readLiveOrg(reader, { awsRegion: "eu-west-1", domain: "mypurecloud.ie" })).rejects.toThrow(
      /HTTP 503 service\.unavailable: Unavailable after 4 attempts$/,
    );
    expect(slept).toEqual([100, 200, 400]);
  });

  test("Retry-After as an HTTP date is honoured within the bound", async () => {
    let calls = 0;
    fake = await startFakeGenesys(
      org(undefined, {
        intercept: (_request, response, url) => {
          if (url.pathname !== "/api/v2/authorization/roles" || calls++ > 0) return false;
          response.writeHead(429, { "retry-after": new Date(Date.now() + 20_000).toUTCString() });
          response.end();
          return true;
        },
      }),
    );
    const slept: number[] = [];
    const reader = new GenesysApiClient({
      ...fake,
      clientId: "drift-reader",
      clientSecret: "reader-secret",
      sleep: async (ms) => void slept.push(ms),
    });
    await readLiveOrg(reader, { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(15_000);
    expect(slept[0]).toBeLessThanOrEqual(21_000);
  });

  test("web deployments are a cursor listing: a deployment on the second page is read", async () => {
    const options = org();
    options.cursorListings!["/api/v2/webdeployments/deployments"] = Array.from({ length: 101 }, (_, i) => ({
      id: `dep-${i}`,
      name: `Deployment ${i}`,
      allowAllDomains: i === 100,
      status: "Active",
    }));
    fake = await startFakeGenesys(options);
    const inventory = await readLiveOrg(client(fake), { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    const deployments = inventory.resources.filter(
      (resource) => resource.type === "genesyscloud_webdeployments_deployment",
    );
    expect(deployments).toHaveLength(101);
    expect(deployments.some((resource) => resource.attributes.allow_all_domains === true)).toBe(true);
  });

  test("DPIA_LIVE_* are whole numbers; anything else is an InputError naming the variable", () => {
    expect(
      liveLimitsFrom({ DPIA_LIVE_TIMEOUT_MS: "250", DPIA_LIVE_MAX_PAGES: "5000", DPIA_LIVE_RETRIES: "0" }),
    ).toEqual({
      timeoutMs: 250,
      maxPages: 5000,
      retries: 0,
    });
    expect(() => liveLimitsFrom({ DPIA_LIVE_MAX_PAGES: "0" })).toThrow(
      'DPIA_LIVE_MAX_PAGES: a whole number of at least 1, got "0"',
    );
    expect(() => liveLimitsFrom({ DPIA_LIVE_TIMEOUT_MS: "1e3" })).toThrow(InputError);
    expect(() => liveLimitsFrom({ DPIA_LIVE_RETRIES: "-1" })).toThrow(InputError);
  });
});
