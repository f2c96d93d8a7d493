import { DEFAULT_REVIEW_INTERVAL_DAYS, type PurposeRetention, type VendorKnowledge, type VendorLookup } from "../model";
import type { VendorPolicy, VendorRecord } from "../schema";
import { VendorCache } from "./cache";
import { fidesSource } from "./fides-source";
import { DEFAULT_DEADLINE_MS, DEFAULT_MAX_RETRY_AFTER_MS, type HttpJsonOptions } from "./http-json";
import { escapeControls } from "./quoted";
import { recordsSource } from "./records-source";
import { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, tokenFrom, type VendorSource } from "./source";
import { vendorApiSource } from "./vendor-api-source";

const DEFAULT_CACHE_HOURS = 24;

export interface VendorSettings {
  policy?: VendorPolicy;
  /** Records from the policy and the files it names. */
  records: VendorRecord[];
  purposeRetention: PurposeRetention[];
  /** Absolute path of the cache file. */
  cacheFile: string;
}

function vendorSources(
  settings: VendorSettings,
  env: NodeJS.ProcessEnv,
  sleep?: (ms: number) => Promise<void>,
): VendorSource[] {
  const sources: VendorSource[] = [];
  const policy = settings.policy;
  if (settings.records.length > 0) sources.push(recordsSource(settings.records));
  for (const [key, make] of [
    ["api", vendorApiSource],
    ["fides", fidesSource],
  ] as const) {
    const config = policy?.[key];
    if (!config) continue;
    const { token, missing } = tokenFrom(env, config.token_env, config.url);
    const http: HttpJsonOptions = {
      token,
      timeoutMs: config.timeout_ms ?? DEFAULT_TIMEOUT_MS,
      retries: config.retries ?? DEFAULT_RETRIES,
      maxRetryAfterMs: (config.max_retry_after_s ?? DEFAULT_MAX_RETRY_AFTER_MS / 1000) * 1000,
      deadlineMs: (config.deadline_s ?? DEFAULT_DEADLINE_MS / 1000) * 1000,
      ...(sleep ? { sleep } : {}),
    };
    sources.push(make(config.url, http, missing));
  }
  return sources;
}

/** True when the policy names any vendor source: only then are vendor checks run. */
function vendorChecksConfigured(settings: VendorSettings): boolean {
  const policy = settings.policy;
  return settings.records.length > 0 || !!policy?.api || !!policy?.fides || (policy?.files?.length ?? 0) > 0;
}

/** What the policy says about vendor checks, before any host is looked up. */
export function knowledgeWithoutLookups(settings: VendorSettings): VendorKnowledge {
  const policy = settings.policy;
  return {
    configured: vendorChecksConfigured(settings),
    lookups: new Map(),
    reviewIntervalDays: policy?.review_interval_days ?? DEFAULT_REVIEW_INTERVAL_DAYS,
    onMismatch: policy?.on_mismatch ?? "block",
    onSourceFailure: policy?.on_source_failure ?? "error",
    erasureRequired: policy?.erasure_required ?? true,
    purposeRetention: settings.purposeRetention,
  };
}

/**
 * The hosts to look up, or how to list them: listing every host a large configuration names costs a walk of all its
 * values, which is skipped when the policy names no vendor source (issue 28).
 */
export type HostsToLookUp = readonly string[] | (() => readonly string[]);

/** The distinct hosts, lower case and sorted. */
export function uniqueHosts(hosts: HostsToLookUp): string[] {
  const listed = typeof hosts === "function" ? hosts() : hosts;
  return [...new Set(listed.map((host) => host.toLowerCase()))].sort();
}

/**
 * Asks each source, in order (policy records, the vendor-risk API, fides), about every host, through
 * the cache. The first source that knows the host wins; a source that fails before any knows it
 * leaves the host without an answer (fail closed: a later source never stands in for a failed one).
 */
export async function resolveVendorKnowledge(
  settings: VendorSettings,
  hosts: HostsToLookUp,
  options: { now: Date; env?: NodeJS.ProcessEnv; sleep?: (ms: number) => Promise<void> },
): Promise<VendorKnowledge> {
  const policy = settings.policy;
  const knowledge = knowledgeWithoutLookups(settings);
  if (!knowledge.configured) return knowledge;
  const unique = uniqueHosts(hosts);
  const cache = new VendorCache(settings.cacheFile, policy?.cache?.max_age_hours ?? DEFAULT_CACHE_HOURS);
  const answers = new Map<string, VendorLookup[]>(unique.map((host) => [host, []]));
  let cacheChanged = false;
  for (const source of vendorSources(settings, options.env ?? process.env, options.sleep)) {
    const cacheable = source.name !== "policy vendor records";
    // A host a source before this one knows, or failed on, is settled: a later source's answer
    // would stand in for the earlier one's, which takes precedence and is unknown.
    const pending = unique.filter((host) => answers.get(host)!.every((answer) => answer.status === "not_found"));
    const ask: string[] = [];
    for (const host of pending) {
      const cached = cacheable ? cache.get(source.name, host, options.now) : undefined;
      if (cached) answers.get(host)!.push(cached);
      else ask.push(host);
    }
    for (const answer of await source.lookup(ask)) {
      answers.get(answer.host)?.push(answer);
      if (cacheable && answer.status !== "unavailable") {
        cache.put(answer, options.now);
        cacheChanged = true;
      }
    }
  }
  for (const [host, list] of answers) {
    // Sources stop being asked about a host at its first found or failed answer: the last one decides.
    const last = list.at(-1);
    knowledge.lookups.set(
      host,
      last && last.status !== "not_found"
        ? last.status === "unavailable"
          ? { ...last, reason: escapeControls(last.reason) }
          : last
        : { status: "not_found", host, source: list.map((answer) => answer.source).join(", ") || "no source" },
    );
  }
  if (cacheChanged) {
    try {
      cache.save();
    } catch {
      // A cache that cannot be written only costs a lookup next time.
    }
  }
  return knowledge;
}
