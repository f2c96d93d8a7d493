import { z } from "zod";
import type { GenesysApiClient } from "./genesys-api-client";
import { LiveApiError } from "./live-api-error";
import { LIVE_LIMIT_VARIABLES } from "./live-limits";

export type Entity = Record<string, unknown>;

/** What the reader asks for; the server may answer with smaller pages and says so in `pageSize`. */
const PAGE_SIZE = 100;

const count = z.number().int().nonnegative();
/** The envelope of every listing (SDK 262: `…EntityListing`, `…CursorListing`); absent fields may be null. */
const listingSchema = z.looseObject({
  entities: z.array(z.looseObject({ id: z.string().min(1) })),
  pageSize: count.nullish(),
  pageNumber: count.nullish(),
  total: count.nullish(),
  pageCount: count.nullish(),
  nextUri: z.string().nullish(),
});
type Listing = z.infer<typeof listingSchema>;

/** The first problems of a failed parse, as `path: message`. */
export function shapeProblem(error: z.ZodError, prefix = ""): string {
  const shown = error.issues.slice(0, 2).map((issue) => {
    const where = issue.path.reduce<string>(
      (path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
      prefix,
    );
    return `${where || "the answer"}: ${issue.message}`;
  });
  return `unexpected shape: ${shown.join("; ")}`;
}

interface Page {
  uri: string;
  listing: Listing;
}

async function readPage(client: GenesysApiClient, uri: string, entity?: z.ZodType): Promise<Page> {
  const parsed = listingSchema.safeParse(await client.get(uri));
  if (!parsed.success) throw new LiveApiError(client.endpoint(uri), shapeProblem(parsed.error));
  if (entity)
    for (const [index, item] of parsed.data.entities.entries()) {
      const checked = entity.safeParse(item);
      if (!checked.success)
        throw new LiveApiError(client.endpoint(uri), shapeProblem(checked.error, `entities[${index}]`));
    }
  return { uri, listing: parsed.data };
}

/** The entities of every page, each id once: an id seen on an earlier page means pages repeat or shifted. */
function collect(client: GenesysApiClient, pages: Page[]): Entity[] {
  const seen = new Map<string, string>();
  for (const { uri, listing } of pages)
    for (const { id } of listing.entities) {
      const earlier = seen.get(id);
      if (earlier !== undefined)
        throw new LiveApiError(
          client.endpoint(uri),
          `entity ${JSON.stringify(id)} was already on an earlier page (${earlier}): the pages repeat or the listing changed while it was read`,
        );
      seen.set(id, uri);
    }
  return pages.flatMap(({ listing }) => listing.entities);
}

/** The entities of all pages, when they are as many as the first page's `total` announced. */
function entitiesAsAnnounced(client: GenesysApiClient, pages: Page[]): Entity[] {
  const entities = collect(client, pages);
  const [first] = pages;
  const total = first?.listing.total;
  if (typeof total === "number" && entities.length !== total)
    throw new LiveApiError(
      client.endpoint(pages[pages.length - 1]?.uri ?? ""),
      `the ${pages.length} pages hold ${entities.length} entities, but total says ${total}`,
    );
  return entities;
}

function withQuery(path: string, query: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}${query}`;
}

function pageCountOf(client: GenesysApiClient, first: Page): number {
  const { pageCount, total } = first.listing;
  const size = first.listing.pageSize || PAGE_SIZE;
  const pages = pageCount ?? (typeof total === "number" ? Math.ceil(total / size) : undefined);
  if (pages === undefined)
    throw new LiveApiError(client.endpoint(first.uri), "a page-number listing without pageCount or total");
  if (pages > client.limits.maxPages)
    throw new LiveApiError(
      client.endpoint(first.uri),
      `the listing announces ${pages} pages${typeof total === "number" ? ` (total ${total})` : ""}, more than the ${client.limits.maxPages} read at most (${LIVE_LIMIT_VARIABLES.maxPages}): the org was not read whole`,
    );
  return Math.max(pages, 1);
}

const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? undefined) === (b ?? undefined);

/** Each page as page `number` of `pages` must be: the page asked for, the same pageCount and total, full unless last. */
function checkPage(client: GenesysApiClient, page: Page, number: number, pages: number, first: Page): void {
  const { listing } = page;
  const fail = (what: string): never => {
    throw new LiveApiError(client.endpoint(page.uri), what);
  };
  if (listing.pageNumber != null && listing.pageNumber !== number)
    fail(`asked for page ${number}, got page ${listing.pageNumber}: the listing repeats pages`);
  if (!same(listing.pageCount, first.listing.pageCount) || !same(listing.total, first.listing.total))
    fail(
      `pageCount ${listing.pageCount} and total ${listing.total} differ from page 1's (${first.listing.pageCount}, ${first.listing.total}): the listing changed while it was read`,
    );
  const size = listing.pageSize || PAGE_SIZE;
  if (number < pages && listing.entities.length < size)
    fail(`page ${number} of ${pages} holds ${listing.entities.length} entities, fewer than its pageSize ${size}`);
  if (number === pages && listing.nextUri)
    fail(`the last announced page (${pages}) has a nextUri: pageCount says fewer pages than there are`);
}

/**
 * Every entity of a page-number listing (`pageNumber`, `pageSize`; `pageCount`, `total`): every
 * announced page is read and checked, or the read stops with a LiveApiError (exit 2). Never a part.
 */
export async function readPageNumberListing(
  client: GenesysApiClient,
  path: string,
  entity?: z.ZodType,
): Promise<Entity[]> {
  const uriOf = (number: number) => withQuery(path, `pageSize=${PAGE_SIZE}&pageNumber=${number}`);
  const first = await readPage(client, uriOf(1), entity);
  const pages = pageCountOf(client, first);
  checkPage(client, first, 1, pages, first);
  const read = [first];
  for (let number = 2; number <= pages; number++) {
    const page = await readPage(client, uriOf(number), entity);
    checkPage(client, page, number, pages, first);
    read.push(page);
  }
  return entitiesAsAnnounced(client, read);
}

/** The next page of a cursor listing, or undefined at its end; a cursor that does not advance is an error. */
function nextOf(client: GenesysApiClient, page: Page, path: string, seen: Set<string>): string | undefined {
  const next = page.listing.nextUri;
  if (!next) return undefined;
  const url = client.url(next);
  if (url.pathname !== client.url(path).pathname)
    throw new LiveApiError(client.endpoint(page.uri), `its nextUri leads to another listing (${url.pathname})`);
  if (seen.has(url.href))
    throw new LiveApiError(
      client.endpoint(page.uri),
      "its nextUri repeats an earlier page's: the cursor does not advance",
    );
  return next;
}

/**
 * Every entity of a cursor listing (`pageSize`, `after`): the `nextUri` of each page is followed to
 * the page without one. A cursor that repeats, leaves the listing, or runs past the page cap stops
 * the read with a LiveApiError (exit 2).
 */
export async function readCursorListing(client: GenesysApiClient, path: string, entity?: z.ZodType): Promise<Entity[]> {
  const read: Page[] = [];
  const seen = new Set<string>();
  for (let uri: string | undefined = withQuery(path, `pageSize=${PAGE_SIZE}`); uri;) {
    if (read.length >= client.limits.maxPages)
      throw new LiveApiError(
        client.endpoint(uri),
        `the cursor still leads on after ${read.length} pages, the most read (${LIVE_LIMIT_VARIABLES.maxPages}): the org was not read whole`,
      );
    seen.add(client.url(uri).href);
    const page = await readPage(client, uri, entity);
    read.push(page);
    uri = nextOf(client, page, path, seen);
  }
  return entitiesAsAnnounced(client, read);
}
