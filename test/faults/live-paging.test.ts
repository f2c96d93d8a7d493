import type * as http from "node:http";
import { beforeAll, describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import type { FakeGenesysOptions } from "../helpers/fake-genesys";
import type { TestEnv } from "../helpers/test-env";
import {
  approvedOrg,
  approvedProject,
  driftLive,
  expectCouldNotAssess,
  expectRegisterUnchanged,
  oauthClient,
  REPORTING,
  withFake,
} from "./live-org";

/**
 * Issue 25, item 1 for `dpia drift live` (acceptance 2): every paged listing is read to its end, as
 * the Platform API announces it (pageCount, total) or links it (nextUri), or the run stops with exit
 * 2 naming the endpoint. A partial read of the org is never taken for the whole org.
 */
type Intercept = NonNullable<FakeGenesysOptions["intercept"]>;
type Body = Record<string, unknown>;
const HOST = String.raw`http://127\.0\.0\.1:\d+`;
const CLIENTS = "/api/v2/oauth/clients";
const TRIGGERS = "/api/v2/processautomation/triggers";

function json(response: http.ServerResponse, body: unknown): true {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
  return true;
}

/** The OAuth clients listing answered page by page by `page(pageNumber)`. */
function clientsPages(page: (number: number) => Body): Intercept {
  return (_request, response, url) =>
    url.pathname === CLIENTS && json(response, page(Number(url.searchParams.get("pageNumber") ?? 1)));
}

/** The triggers listing (cursor paging) answered by `page(after)`. */
function triggersPages(page: (after: string | null) => Body): Intercept {
  return (_request, response, url) => url.pathname === TRIGGERS && json(response, page(url.searchParams.get("after")));
}

const client = (n: number) => oauthClient(`c0000000-0000-4000-8000-${String(n).padStart(12, "0")}`, `Client ${n}`);
const trigger = (n: number) => ({
  id: `trigger-${n}`,
  name: `Trigger ${n}`,
  topicName: "v2.detail.events.conversation.{id}.customer.end",
  enabled: true,
});

/** A page of the page-number envelope as the Platform API writes it. */
function envelope(
  path: string,
  entities: unknown[],
  number: number,
  pageCount: number,
  total: number,
  pageSize = 100,
): Body {
  const uri = (n: number) => `${path}?pageSize=${pageSize}&pageNumber=${n}`;
  return {
    entities,
    pageSize,
    pageNumber: number,
    total,
    pageCount,
    firstUri: uri(1),
    lastUri: uri(pageCount),
    selfUri: uri(number),
    ...(number < pageCount ? { nextUri: uri(number + 1) } : {}),
    ...(number > 1 ? { previousUri: uri(number - 1) } : {}),
  };
}

const page = (number: number) =>
  new RegExp(String.raw`GET ${HOST}/api/v2/oauth/clients\?pageSize=100&pageNumber=${number}: `);
const cursor = (after = "") =>
  new RegExp(String.raw`GET ${HOST}/api/v2/processautomation/triggers\?pageSize=100${after}: `);
const full = (from: number) => Array.from({ length: 100 }, (_, i) => client(from + i));

const FAULTS: Array<{ name: string; intercept: Intercept; env?: TestEnv; endpoint: RegExp; reason: RegExp }> = [
  {
    name: "a server that ignores pageNumber (page 1 again)",
    intercept: clientsPages(() => envelope(CLIENTS, full(0), 1, 3, 300)),
    endpoint: page(2),
    reason: /asked for page 2, got page 1: the listing repeats pages$/,
  },
  {
    name: "a server that ignores pageNumber and does not say which page it sent",
    intercept: clientsPages(() => ({
      ...envelope(CLIENTS, full(0), 1, 2, 200),
      pageNumber: undefined,
      nextUri: undefined,
    })),
    endpoint: page(2),
    reason:
      /entity "c0000000-0000-4000-8000-000000000000" was already on an earlier page \(.+pageNumber=1\): the pages repeat or the listing changed while it was read$/,
  },
  {
    name: "pageCount that changes while the listing is read",
    intercept: clientsPages((n) => envelope(CLIENTS, full(n * 100), n, n === 1 ? 2 : 3, n === 1 ? 200 : 300)),
    endpoint: page(2),
    reason: /pageCount 3 and total 300 differ from page 1's \(2, 200\): the listing changed while it was read$/,
  },
  {
    name: "a page shorter than its pageSize before the last",
    intercept: clientsPages((n) => envelope(CLIENTS, n === 1 ? full(0).slice(0, 60) : full(100), n, 2, 200)),
    endpoint: page(1),
    reason: /page 1 of 2 holds 60 entities, fewer than its pageSize 100$/,
  },
  {
    name: "a total that disagrees with the entities of every page",
    intercept: clientsPages((n) => envelope(CLIENTS, [REPORTING], n, 1, 7)),
    endpoint: page(1),
    reason: /the 1 pages hold 1 entities, but total says 7$/,
  },
  {
    name: "a nextUri on the last announced page",
    intercept: clientsPages((n) => ({
      ...envelope(CLIENTS, [REPORTING], n, 1, 1),
      nextUri: `${CLIENTS}?pageSize=100&pageNumber=2`,
    })),
    endpoint: page(1),
    reason: /the last announced page \(1\) has a nextUri: pageCount says fewer pages than there are$/,
  },
  {
    name: "a page-number listing with neither pageCount nor total",
    intercept: clientsPages(() => ({ entities: [REPORTING], pageSize: 100, pageNumber: 1 })),
    endpoint: page(1),
    reason: /a page-number listing without pageCount or total$/,
  },
  {
    name: "an endless cursor",
    intercept: triggersPages((after) => {
      const n = after ? Number(after.replace("c", "")) + 1 : 0;
      return { entities: [trigger(n)], nextUri: `${TRIGGERS}?pageSize=100&after=c${n}` };
    }),
    env: { DPIA_LIVE_MAX_PAGES: "25" },
    endpoint: cursor("&after=c24"),
    reason:
      /the cursor still leads on after 25 pages, the most read \(DPIA_LIVE_MAX_PAGES\): the org was not read whole$/,
  },
  {
    name: "a cursor that repeats itself",
    intercept: triggersPages((after) => ({
      entities: after ? [] : [trigger(1)],
      nextUri: `${TRIGGERS}?pageSize=100&after=same`,
    })),
    endpoint: cursor("&after=same"),
    reason: /its nextUri repeats an earlier page's: the cursor does not advance$/,
  },
  {
    name: "a nextUri to another origin (the token is never sent there)",
    intercept: triggersPages(() => ({
      entities: [trigger(1)],
      nextUri: `https://collector.example.net${TRIGGERS}?after=x`,
    })),
    endpoint: /GET https:\/\/collector\.example\.net\/api\/v2\/processautomation\/triggers\?after=x: /,
    reason:
      /a link to another origin than the API's \(http:\/\/127\.0\.0\.1:\d+\): not followed, the token is not sent there$/,
  },
  {
    name: "a nextUri to another listing",
    intercept: triggersPages(() => ({ entities: [trigger(1)], nextUri: "/api/v2/users?after=x" })),
    endpoint: cursor(),
    reason: /its nextUri leads to another listing \(\/api\/v2\/users\)$/,
  },
  {
    name: "a cursor listing whose total disagrees with what its pages hold",
    intercept: triggersPages((after) =>
      after
        ? { entities: [trigger(2)], total: 3 }
        : { entities: [trigger(1)], total: 3, nextUri: `${TRIGGERS}?pageSize=100&after=p2` },
    ),
    endpoint: cursor("&after=p2"),
    reason: /the 2 pages hold 2 entities, but total says 3$/,
  },
];

/** 1,001 pages of one OAuth client each (the server's page size); the last grants every division. */
function thousandAndOnePages(): FakeGenesysOptions {
  const clients = [REPORTING, ...Array.from({ length: 999 }, (_, i) => client(i + 1))];
  clients.push(oauthClient("d0000000-0000-4000-8000-00000000dead", "Everything everywhere", "*"));
  const org = approvedOrg({ maxPageSize: 1 });
  org.listings[CLIENTS] = clients;
  return org;
}

describe("dpia drift live: every announced page is read, or exit 2", () => {
  let project: { dir: string; register: string };
  beforeAll(async () => {
    project = await approvedProject();
  }, CLI);

  test.each(FAULTS)(
    "$name",
    async ({ intercept, env, endpoint, reason }) => {
      const result = await withFake(approvedOrg({ intercept }), (fake) => driftLive(project, fake, env));
      expectCouldNotAssess(result, endpoint, reason);
    },
    CLI,
  );

  test(
    "1,001 pages with the all-divisions client on the last: exit 2 at the page cap, naming it",
    async () => {
      const { result, requests } = await withFake(thousandAndOnePages(), async (fake) => ({
        result: await driftLive(project, fake),
        requests: fake.requests,
      }));
      expectCouldNotAssess(
        result,
        page(1),
        /the listing announces 1001 pages \(total 1001\), more than the 1000 read at most \(DPIA_LIVE_MAX_PAGES\): the org was not read whole$/,
      );
      expect(requests.filter((line) => line.startsWith(`GET ${CLIENTS}`))).toHaveLength(1);
    },
    CLI,
  );

  test(
    "1,001 pages with the cap raised: every page read, the all-divisions client reported (exit 1)",
    async () => {
      const { result, requests } = await withFake(thousandAndOnePages(), async (fake) => ({
        result: await driftLive(project, fake, { DPIA_LIVE_MAX_PAGES: "1001" }),
        requests: fake.requests,
      }));
      expect(result.status, result.output).toBe(1);
      expect(requests.filter((line) => line.startsWith(`GET ${CLIENTS}`))).toHaveLength(1001);
      expect(result.stdout).toMatch(
        /genesyscloud_oauth_client\.everything_everywhere_d0000000 "Everything everywhere"/,
      );
      expect(result.output).not.toMatch(/internal error/);
    },
    CLI,
  );

  test(
    "nothing was recorded by the faults, and the register is intact",
    async () => {
      // The gate's approval (its DPIA's content record, then the assessment), and the drift run that read all
      // 1,001 pages.
      await expectRegisterUnchanged(project, 4);
    },
    CLI,
  );
});
