// Acceptance 1 of issue 25 for fides: the seed's 365-versus-90-day example with its vendor as a fides
// System served by a real HTTP server on 127.0.0.1 that pages as fides does (GET /api/v1/system with
// page and size: {items, total, page, size, pages}), through the real `dpia gate`. Every announced
// page is read, or the run stops with exit 2; a cap, a repeated page or a changing total is never a
// shorter list.
import { describe, expect, test } from "vitest";
import { FIDES_META_KEY } from "../../src/vendors/sources/fides-source";
import { CLI } from "../helpers/e2e-timeouts";
import {
  exampleWith,
  expectApproved,
  expectBlockedByRetention,
  expectCouldNotAssess,
  gate,
  json,
  record365,
  record60,
  serve,
  type Handler,
} from "./vendor-source-fixture";

/** A vendor record as a fides System: fideslang fields as they are, the extension in `meta`. */
function fidesSystem(record: Record<string, unknown>): Record<string, unknown> {
  const { vendor_data_capability: capability, ...system } = record;
  return { ...system, organization_fides_key: "default_organization", meta: { [FIDES_META_KEY]: capability } };
}

/** A system of the org that is no vendor of this tool's concern (no extension in meta). */
function filler(index: number): Record<string, unknown> {
  return { fides_key: `system_${index}`, name: `System ${index}`, meta: null, privacy_declarations: [] };
}

/** The query of a request, as fides reads it: page from 1, size at most `maxSize`. */
function pageAsked(url: string | undefined, maxSize: number): { page: number; size: number } {
  const query = new URL(url ?? "/", "http://fides").searchParams;
  return { page: Number(query.get("page") ?? 1), size: Math.min(Number(query.get("size") ?? 50), maxSize) };
}

/** A fides that pages `systems` as fastapi-pagination does, with pages of at most `maxSize`. */
function paging(systems: unknown[], maxSize = 100): Handler {
  return (request, response) => {
    const { page, size } = pageAsked(request.url, maxSize);
    const items = systems.slice((page - 1) * size, page * size);
    json(response, 200, { items, total: systems.length, page, size, pages: Math.ceil(systems.length / size) });
  };
}

/** 150 systems, one a page: the vendor on page 120, past the 100 pages the reader once stopped at. */
function manyPages(vendor: Record<string, unknown>): unknown[] {
  const systems: unknown[] = Array.from({ length: 150 }, (_, index) => filler(index));
  systems[119] = fidesSystem(vendor);
  return systems;
}

function exampleAsking(url: string, settings: Record<string, unknown> = {}): string {
  return exampleWith({ fides: { url, retries: 0, timeout_ms: 2_000, ...settings } });
}

describe("fides answers: every announced page is read, and the verdict follows the vendor's record", () => {
  test(
    "the 365-day vendor on page 120 of 150: found, blocked by GC-VEN-2 (exit 1), every page asked once",
    async () => {
      const server = await serve(paging(manyPages(record365()), 1));
      expectBlockedByRetention(await gate(exampleAsking(server.url)));
      expect(server.requests).toHaveLength(150);
      expect(server.requests[0]).toBe("/api/v1/system?page=1&size=100");
      expect(server.requests[149]).toBe("/api/v1/system?page=150&size=1");
    },
    CLI,
  );

  test(
    "the 60-day vendor on page 120 of 150: approved (exit 0)",
    async () => {
      const server = await serve(paging(manyPages(record60()), 1));
      expectApproved(await gate(exampleAsking(server.url)));
    },
    CLI,
  );

  test(
    "a fides that answers the whole list at once (no paging): blocked by GC-VEN-2",
    async () => {
      const server = await serve((_q, r) => json(r, 200, [filler(1), fidesSystem(record365()), filler(2)]));
      expectBlockedByRetention(await gate(exampleAsking(server.url)));
    },
    CLI,
  );
});

/** Each fault: the fides server, and the reason the message must give. */
const FAULTS: Array<[string, Handler, string | RegExp]> = [
  [
    "more pages announced than the reader's cap",
    (_q, r) => json(r, 200, { items: [filler(0)], total: 5_000, page: 1, size: 1, pages: 5_000 }),
    "announces 5000 pages of systems (total 5000), more than the 1000 pages this tool reads",
  ],
  [
    "endless paging: each page announces one more",
    (request, r) => {
      const { page } = pageAsked(request.url, 1);
      json(r, 200, { items: [filler(page)], total: page + 1, page, size: 1, pages: page + 1 });
    },
    "changed its paging while it was read: page 2 announces total 3, 3 pages of 1; page 1 announced total 2, 2 pages of 1",
  ],
  [
    "a page served again for the next one",
    (_q, r) => json(r, 200, { items: [filler(0)], total: 3, page: 1, size: 1, pages: 3 }),
    "answered the request for page 2 with page 1 (a repeated page)",
  ],
  [
    "the same systems under the next page number",
    (request, r) => {
      const { page } = pageAsked(request.url, 1);
      json(r, 200, { items: [filler(0)], total: 3, page, size: 1, pages: 3 });
    },
    'listed system "system_0" twice (page 1 items[0] and page 2 items[0])',
  ],
  [
    "fewer systems than the announced total",
    (request, r) => {
      const { page } = pageAsked(request.url, 2);
      json(r, 200, { items: page === 1 ? [filler(0), filler(1)] : [], total: 3, page, size: 2, pages: 2 });
    },
    "announced 3 systems but its 2 pages held 2",
  ],
  [
    "pages that do not add up to the total",
    (_q, r) => json(r, 200, { items: [filler(0), filler(1)], total: 5, page: 1, size: 2, pages: 1 }),
    "announces 1 pages for a total of 5 systems in pages of 2, which does not add up",
  ],
  [
    "a page without its total",
    (_q, r) => json(r, 200, { items: [fidesSystem(record60())], page: 1, size: 100, pages: 1 }),
    /answered page 1 of the systems with JSON that is not a fides page: total: /,
  ],
  [
    "page 2 answering 500",
    (request, r) => {
      const { page } = pageAsked(request.url, 1);
      if (page === 2) json(r, 500, { detail: "boom" });
      else paging([filler(0), fidesSystem(record60()), filler(2)], 1)(request, r);
    },
    "answered HTTP 500 after 1 attempt",
  ],
  [
    "the vendor's system does not validate",
    paging([
      filler(0),
      {
        ...fidesSystem(record60()),
        meta: {
          [FIDES_META_KEY]: {
            ...(record60().vendor_data_capability as object),
            deletion: { mode: "shredded", api: true },
          },
        },
      },
    ]),
    'answered system "example_marketing_cloud" (page 1 items[1]), which may claim api.marketing-cloud.example.com, but does not validate as a vendor record: page 1 items[1].meta.vendor_data_capability.deletion.mode: expected one of',
  ],
  [
    "an HTML login page",
    (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      r.end("<html><body>Sign in to fides</body></html>");
    },
    "answered HTTP 200 (text/html) with a body that is not JSON at byte 0",
  ],
];

describe("every fault of fides: exit 2 naming the source, the host and the reason", () => {
  test.each(FAULTS)(
    "%s",
    async (_name, handler, reason) => {
      const server = await serve(handler);
      const dir = exampleAsking(server.url);
      expectCouldNotAssess(await gate(dir), dir, `fides ${server.url}`, reason);
    },
    CLI,
  );
});

describe("a fides that is slow on every page: the source's deadline covers all its pages", () => {
  test(
    "pages each answered after 400 ms, under a 1 s deadline: exit 2 naming deadline_s",
    async () => {
      const systems = manyPages(record365()).slice(0, 10);
      const server = await serve((request, response) => setTimeout(() => paging(systems, 1)(request, response), 400));
      const dir = exampleAsking(server.url, { deadline_s: 1 });
      expectCouldNotAssess(
        await gate(dir),
        dir,
        `fides ${server.url}`,
        "took longer than the 1 s a source may take for one run (deadline_s 1)",
      );
      expect(server.requests.length).toBeLessThan(10);
    },
    CLI,
  );
});
