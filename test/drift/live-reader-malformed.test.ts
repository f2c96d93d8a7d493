import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { GenesysApiClient } from "../../src/drift/live/genesys-api-client";
import { LiveApiError } from "../../src/drift/live/live-api-error";
import { readLiveOrg } from "../../src/drift/live/read-live-org";
import { applyPolicy } from "../../src/policy/load-policy";
import { FIXED_NOW } from "../helpers/assess-config";
import { startFakeGenesys, type FakeGenesys } from "../helpers/fake-genesys";

/**
 * Whatever the Platform API answers in the fields the reader reads (every listing, every
 * document), the live reader either reads an inventory the engine can assess or stops with a
 * LiveApiError (exit 2 at the CLI): never another exception, which the CLI would call an internal error.
 */
const ODD: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  "",
  "*",
  "\u001b[31mred",
  true,
  [],
  {},
  [null],
  [{}],
  { id: 1 },
  { id: "x", name: {} },
  "https://[::1",
  Array.from({ length: 3 }, () => "x".repeat(10_000)),
  JSON.parse(`${"[".repeat(200)}${"]".repeat(200)}`),
  JSON.parse(`${'{"a":'.repeat(63)}1${"}".repeat(63)}`),
  // Deep enough to overflow the stack of a recursive walk (JSON.stringify, a schema check): sent as raw text.
  "__DEEP__",
];
const DEEP = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

/** A small seeded generator, so that a failing case can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const INTEGRATION = { id: "int-1", name: "CRM", integrationType: { id: "custom-rest-actions" } };
const ACTION = {
  id: "act-1",
  name: "Look up",
  integrationId: "int-1",
  config: { request: { requestUrlTemplate: "https://api.crm.example.eu/x", requestType: "GET" }, response: {} },
  contract: { input: { inputSchema: { type: "object" } }, output: { successSchema: { type: "object" } } },
};
const CLIENT = { id: "cl-1", name: "Reporting", roleDivisions: [{ roleId: "role-1", divisionId: "home" }] };
const ROLE = { id: "role-1", name: "Reader", permissionPolicies: [{ domain: "analytics", actionSet: ["view"] }] };
const CONFIG = { name: "CRM", properties: {}, advanced: {}, credentials: { basicAuth: { id: "cred-1" } } };

/** A copy of `value` with one field (at any depth) set to an odd value, or removed. */
function mutate(value: unknown, next: () => number): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const objects: Array<Record<string, unknown>> = [];
  const walk = (node: unknown) => {
    if (node && typeof node === "object") {
      objects.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(copy);
  const target = objects[Math.floor(next() * objects.length)]!;
  const keys = [...Object.keys(target), "extra"];
  const key = keys[Math.floor(next() * keys.length)]!;
  if (next() < 0.15) delete target[key];
  else target[key] = ODD[Math.floor(next() * ODD.length)];
  return copy;
}

function pageOf(entities: unknown[], path: string): Record<string, unknown> {
  return { entities, pageSize: 100, pageNumber: 1, total: entities.length, pageCount: 1, selfUri: path };
}

const ANSWERS: Record<string, unknown> = {
  "/api/v2/authorization/roles": pageOf([ROLE], "/api/v2/authorization/roles"),
  "/api/v2/oauth/clients": pageOf([CLIENT], "/api/v2/oauth/clients"),
  "/api/v2/integrations": pageOf([INTEGRATION], "/api/v2/integrations"),
  "/api/v2/integrations/actions": pageOf([{ id: "act-1", name: "Look up" }], "/api/v2/integrations/actions"),
  "/api/v2/integrations/credentials/listing": {
    entities: [{ id: "cred-1", name: "CRM", type: { name: "basicAuth" } }],
  },
  "/api/v2/integrations/int-1/config/current": CONFIG,
  "/api/v2/integrations/actions/act-1": ACTION,
  "/api/v2/webdeployments/deployments": { entities: [], total: 0 },
};

describe("the live reader on malformed answers: an inventory or a LiveApiError, nothing else", () => {
  let fake: FakeGenesys;
  let answers: Record<string, unknown> = ANSWERS;
  beforeAll(async () => {
    fake = await startFakeGenesys({
      clientId: "reader",
      clientSecret: "secret",
      listings: {},
      intercept: (_request, response, url) => {
        if (url.pathname === "/oauth/token") return false;
        const body = answers[url.pathname] ?? { entities: [], total: 0, pageCount: 0 };
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(body).replaceAll('"__DEEP__"', DEEP));
        return true;
      },
    });
  });
  afterAll(() => fake.close());

  test("the unbroken org reads and assesses", async () => {
    answers = ANSWERS;
    const client = new GenesysApiClient({ ...fake, clientId: "reader", clientSecret: "secret" });
    const inventory = await readLiveOrg(client, { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
    expect(inventory.resources.map((resource) => resource.type)).toContain("genesyscloud_integration_action");
  });

  test("300 answers with one odd field each", async () => {
    const next = random(25);
    const policy = applyPolicy({ version: 1 });
    const outcomes = { read: 0, refused: 0 };
    for (let run = 0; run < 300; run++) {
      const path = Object.keys(ANSWERS)[Math.floor(next() * Object.keys(ANSWERS).length)]!;
      answers = { ...ANSWERS, [path]: mutate(ANSWERS[path], next) };
      const client = new GenesysApiClient({
        ...fake,
        clientId: "reader",
        clientSecret: "secret",
        limits: { retries: 0 },
      });
      try {
        const inventory = await readLiveOrg(client, { awsRegion: "eu-west-1", domain: "mypurecloud.ie" });
        assessInventory(inventory, { policy, now: FIXED_NOW });
        outcomes.read++;
      } catch (error) {
        if (!(error instanceof LiveApiError))
          throw new Error(`run ${run}, ${path} = ${JSON.stringify(answers[path]).slice(0, 300)}: ${String(error)}`);
        outcomes.refused++;
      }
    }
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 120_000);
});
