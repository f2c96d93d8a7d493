import { z } from "zod";
import { checkVendorRecord, describeRecordProblems } from "../check-vendor-record";
import type { VendorLookup } from "../model";
import { describeIssues } from "./describe-issues";
import { getJson, startLookup, VendorSourceError, type HttpJsonOptions } from "./http-json";
import type { VendorSource } from "./source";
import { displayedUrl } from "./source-url";

/** This tool's vendor-risk API contract: `GET <base>/vendors?host=<host>` answers `{ "vendors": [record…] }`. */
const VendorApiAnswerSchema = z.object({ vendors: z.array(z.unknown()) }).passthrough();

export function vendorApiSource(baseUrl: string, http: HttpJsonOptions, unusable?: string): VendorSource {
  const base = baseUrl.replace(/\/+$/, "");
  const name = `vendor-risk API ${displayedUrl(base)}`;
  return {
    name,
    async lookup(hosts) {
      const results: VendorLookup[] = [];
      const run = startLookup(http);
      for (const host of hosts)
        results.push(
          unusable
            ? { status: "unavailable", host, source: name, reason: unusable }
            : await lookupOne(base, host, run, name),
        );
      return results;
    },
  };
}

/** What the API's answer says about the host; anything but no vendor or exactly one valid record is no answer. */
function answerAbout(body: unknown, host: string, source: string): VendorLookup {
  const unavailable = (reason: string): VendorLookup => ({ status: "unavailable", host, source, reason });
  const answer = VendorApiAnswerSchema.safeParse(body);
  if (!answer.success)
    return unavailable(`answered JSON that is not in the documented shape: ${describeIssues(answer.error, "")}`);
  if (answer.data.vendors.length === 0) return { status: "not_found", host, source };
  if (answer.data.vendors.length > 1)
    return unavailable(`answered ${answer.data.vendors.length} vendors for ${host}, where one is expected`);
  const record = checkVendorRecord(answer.data.vendors[0], "vendors[0]");
  if (!record.ok)
    return unavailable(`answered a vendor record that does not validate: ${describeRecordProblems(record.problems)}`);
  return { status: "found", host, source, record: record.record };
}

async function lookupOne(base: string, host: string, http: HttpJsonOptions, source: string): Promise<VendorLookup> {
  try {
    return answerAbout(await getJson(`${base}/vendors?host=${encodeURIComponent(host)}`, http), host, source);
  } catch (error) {
    if (error instanceof VendorSourceError) return { status: "unavailable", host, source, reason: error.message };
    throw error;
  }
}
