import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { InputError } from "../../validation/input-error";
import { readUserJson } from "../../validation/user-json";
import { VendorAnswerSchema, type VendorLookup } from "../model";

const CacheFileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.object({ fetched_at: z.string(), lookup: VendorAnswerSchema })),
});
type CacheFile = z.infer<typeof CacheFileSchema>;

/**
 * Answers of HTTP sources kept on disk for `maxAgeHours`. Only real answers are kept (found, not
 * found); an unreachable source is asked again next time. A cache that cannot be read is ignored,
 * never trusted.
 */
export class VendorCache {
  private readonly data: CacheFile;

  constructor(
    private readonly file: string,
    private readonly maxAgeHours: number,
  ) {
    this.data = VendorCache.read(file);
  }

  private static read(file: string): CacheFile {
    try {
      return readUserJson({ file, what: "a vendor cache" }, CacheFileSchema);
    } catch (error) {
      // Missing or unreadable: start empty.
      if (!(error instanceof InputError)) throw error;
      return { version: 1, entries: {} };
    }
  }

  get(source: string, host: string, now: Date): VendorLookup | undefined {
    const entry = this.data.entries[`${source}|${host}`];
    if (!entry) return undefined;
    const age = now.getTime() - Date.parse(entry.fetched_at);
    return Number.isFinite(age) && age >= 0 && age <= this.maxAgeHours * 3_600_000 ? entry.lookup : undefined;
  }

  put(lookup: VendorLookup, now: Date): void {
    if (lookup.status === "unavailable") return;
    this.data.entries[`${lookup.source}|${lookup.host}`] = { fetched_at: now.toISOString(), lookup };
  }

  /** Written whole to a temporary file and renamed, so a crash never leaves half a cache. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(this.data, null, 2)}\n`);
    fs.renameSync(temporary, this.file);
  }
}
