import { z } from "zod";
import type { VendorLookup } from "../model";
import { VendorRecordSchema } from "../schema";
import { describeIssues } from "./describe-issues";
import { getJson, VendorSourceError, type HttpJsonOptions } from "./http-json";
import type { VendorSource } from "./source";

/** This tool's vendor-risk API contract: `GET <base>/vendors?host=<host>` answers `{ "vendors": [record…] }`. */
const VendorApiAnswerSchema = z.object({ vendors: z.array(z.unknown()) }).passthrough();

export function vendorApiSource(baseUrl: string, http: HttpJsonOptions, unusable?: string): VendorSource {
  const base = baseUrl.replace(/\/+$/, "");
  const name = `vendor-risk API ${base}`;
  return {
    name,
    async lookup(hosts) {
      const results: VendorLookup[] = [];
      for (const host of hosts)
        results.push(
          unusable
            ? { status: "unavailable", host, source: name, reason: unusable }
            : await lookupOne(base, host, http, name),
        );
      return results;
    },
  };
}

async function lookupOne(base: string, host: string, http: HttpJsonOptions, source: string): Promise<VendorLookup> {
  let body: unknown;
  try {
    body = await getJson(`${base}/vendors?host=${encodeURIComponent(host)}`, http);
  } catch (error) {
    if (error instanceof VendorSourceError)
      return { status: "unavailable", host, source, reason: `the API ${error.message}` };
    throw error;
  }
  const answer = VendorApiAnswerSchema.safeParse(body);
  if (!answer.success)
    return {
      status: "unavailable",
      host,
      source,
      reason: `the API's answer is not in the documented shape: ${describeIssues(answer.error, "")}`,
    };
  if (answer.data.vendors.length === 0) return { status: "not_found", host, source };
  if (answer.data.vendors.length > 1)
    return {
      status: "unavailable",
      host,
      source,
      reason: `the API returned ${answer.data.vendors.length} vendors for ${host}`,
    };
  const record = VendorRecordSchema.safeParse(answer.data.vendors[0]);
  if (!record.success)
    return {
      status: "unavailable",
      host,
      source,
      reason: `the API's vendor record does not validate: ${describeIssues(record.error, "vendors[0]")}`,
    };
  return { status: "found", host, source, record: record.data };
}
