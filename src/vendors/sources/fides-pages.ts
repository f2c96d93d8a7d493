import { z } from "zod";
import { describeIssues } from "./describe-issues";
import { quoted } from "./quoted";
import { getJson, VendorSourceError, type HttpJsonOptions } from "./http-json";

// fides lists systems at GET /api/v1/system: without parameters the whole list at once; with `page`
// and `size` (at most 100) one fastapi-pagination page, {items, total, page, size, pages}, pages
// counted from 1 (fides src/fides/api/v1/endpoints/system.py `ls`, SystemService.get_systems).
// Every announced page is read, or the source fails: a cap reached, a page that repeats, a total
// that changes are never a shorter list.

/** fides's largest page. */
const FIDES_PAGE_SIZE = 100;
/** 100,000 systems at fides's page size: more is an endless or hostile listing, not an inventory. */
const MAX_FIDES_PAGES = 1_000;

const FidesPageSchema = z
  .object({
    items: z.array(z.unknown()),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    size: z.number().int().min(1),
    pages: z.number().int().min(0),
  })
  .passthrough();
type FidesPage = z.infer<typeof FidesPageSchema>;

/** A system as fides listed it, and where: `[3]` in a whole list, `page 2 items[3]` in a paged one. */
export interface ListedSystem {
  system: unknown;
  at: string;
}

function pageUrl(base: string, page: number, size: number): string {
  return `${base}/api/v1/system?page=${page}&size=${size}`;
}

function readPage(body: unknown, number: number, first?: FidesPage): FidesPage {
  const parsed = FidesPageSchema.safeParse(body);
  if (!parsed.success)
    throw new VendorSourceError(
      `answered page ${number} of the systems with JSON that is not a fides page: ${describeIssues(parsed.error, "")}`,
    );
  const page = parsed.data;
  if (page.page !== number)
    throw new VendorSourceError(`answered the request for page ${number} with page ${page.page} (a repeated page)`);
  if (page.items.length > page.size)
    throw new VendorSourceError(
      `answered page ${number} with ${page.items.length} systems, more than its size ${page.size}`,
    );
  if (first && (page.total !== first.total || page.pages !== first.pages || page.size !== first.size))
    throw new VendorSourceError(
      `changed its paging while it was read: page ${number} announces total ${page.total}, ${page.pages} pages of ${page.size}; page 1 announced total ${first.total}, ${first.pages} pages of ${first.size}`,
    );
  return page;
}

function checkAnnounced(first: FidesPage): void {
  if (first.pages > MAX_FIDES_PAGES)
    throw new VendorSourceError(
      `announces ${first.pages} pages of systems (total ${first.total}), more than the ${MAX_FIDES_PAGES} pages this tool reads`,
    );
  if (first.pages !== Math.ceil(first.total / first.size) && !(first.total === 0 && first.pages <= 1))
    throw new VendorSourceError(
      `announces ${first.pages} pages for a total of ${first.total} systems in pages of ${first.size}, which does not add up`,
    );
}

/** The same fides_key twice means a page was served again (or the list moved while it was read). */
function assertEachSystemOnce(systems: ListedSystem[]): void {
  const seen = new Map<string, string>();
  for (const { system, at } of systems) {
    const key = (system as { fides_key?: unknown } | null)?.fides_key;
    if (typeof key !== "string") continue;
    const before = seen.get(key);
    if (before) throw new VendorSourceError(`listed system ${quoted(key)} twice (${before} and ${at})`);
    seen.set(key, at);
  }
}

/** Every system fides holds, every announced page read, or a VendorSourceError saying why not. */
export async function readAllSystems(base: string, http: HttpJsonOptions): Promise<ListedSystem[]> {
  const body = await getJson(pageUrl(base, 1, FIDES_PAGE_SIZE), http);
  // A fides from before pagination ignores the parameters and answers the whole list.
  if (Array.isArray(body)) {
    const whole = body.map((system, index) => ({ system, at: `[${index}]` }));
    assertEachSystemOnce(whole);
    return whole;
  }
  const first = readPage(body, 1);
  checkAnnounced(first);
  const systems = first.items.map((system, index) => ({ system, at: `page 1 items[${index}]` }));
  for (let number = 2; number <= first.pages; number++) {
    const page = readPage(await getJson(pageUrl(base, number, first.size), http), number, first);
    systems.push(...page.items.map((system, index) => ({ system, at: `page ${number} items[${index}]` })));
  }
  if (systems.length !== first.total)
    throw new VendorSourceError(`announced ${first.total} systems but its ${first.pages} pages held ${systems.length}`);
  assertEachSystemOnce(systems);
  return systems;
}
