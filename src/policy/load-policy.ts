import * as fs from "node:fs";
import * as path from "node:path";
import { builtInCatalog, checkReferences } from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";
import { MAX_SAMPLE_BYTES, type Sample } from "../inventory/sample";
import { InputError, type InputProblem } from "../validation/input-error";
import { readUserJson } from "../validation/user-json";
import { isCountryCode } from "../hosts/country";
import { parseHostPattern, type HostPattern } from "../hosts/host-pattern";
import { parseExpiry, reasonProblem, type Acknowledgement } from "./acknowledgement";
import { readVendorSettings } from "./vendor-settings";
import type { VendorSettings } from "../vendors/sources/resolve";
import { policyFloorProblems } from "./policy-floors";
import { policyElementLexicon } from "./element-lexicon";
import { readRegularFile } from "../validation/regular-file";
import { approverKeyProblem, ed25519PointOf } from "./approver-key";
import {
  DEFAULT_THRESHOLDS,
  MAX_EXCEPTION_HOURS,
  POLICY_FILE_NAME,
  PolicySchema,
  type AllowedDestination,
  type Approver,
  type Policy,
  type RiskThresholds,
} from "./schema";

const EXCEPTIONS_FILE_NAME = "dpia.exceptions.json";
/** A tool convention: WP248 gives no number; ten thousand people a month is a regional contact centre. */
const LARGE_SCALE_SUBJECTS_PER_MONTH = 10_000;

export interface ApprovedDestination extends AllowedDestination {
  /** The parsed `host` pattern, when the entry names a host. */
  hostPattern?: HostPattern;
}

/** What the engine runs with: the catalog with the policy applied, and the thresholds. */
export interface EffectivePolicy {
  /** The policy file that was read, or undefined when the defaults apply. */
  source?: string;
  controller?: Policy["controller"];
  /** The org's region as the policy states it (checked against the catalog's regions). */
  orgRegion?: string;
  catalog: Catalog;
  thresholds: RiskThresholds;
  destinations: ApprovedDestination[];
  /** Payload samples named by the policy, read from disk. */
  samples: Sample[];
  /** Actions (addresses or names) with a declared redaction step. */
  masked: string[];
  maxSampleBytes: number;
  approvers: Approver[];
  volumes: NonNullable<Policy["volumes"]>;
  largeScaleSubjectsPerMonth: number;
  /** Where exceptions live: the policy's `exceptions.file`, or dpia.exceptions.json next to the policy. */
  exceptionsFile: string;
  maxExceptionHours: number;
  /** Known drift to leave out of `dpia drift`, each with a reason and an expiry. */
  driftIgnores: NonNullable<NonNullable<Policy["drift"]>["ignore"]>;
  /** How far from the day drift runs an ignore entry may expire, when the policy sets it (drift applies the default). */
  driftIgnoreMaxDays?: number;
  /** Where vendor records come from; the edges resolve them into VendorKnowledge before the engine runs. */
  vendors: VendorSettings;
  /** Non-blocking findings the policy accepts, each with its reason and expiry. */
  acknowledgements: Acknowledgement[];
}

function replaceById<T extends { id: string }>(base: T[], overrides: T[] | undefined): T[] {
  if (!overrides) return base;
  const byId = new Map(base.map((entry) => [entry.id, entry]));
  for (const entry of overrides) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** Reads the sample files a policy names; sizes are checked before reading, missing files are errors. */
function readSamples(policy: Policy, file: string, baseDir: string, maxBytes: number): Sample[] {
  const problems: InputProblem[] = [];
  const samples: Sample[] = [];
  (policy.samples ?? []).forEach((entry, i) =>
    entry.files.forEach((name, j) => {
      const location = `samples[${i}].files[${j}]`;
      const full = path.resolve(baseDir, name);
      let size: number;
      try {
        size = fs.statSync(full).size;
      } catch {
        problems.push({ file, location, expected: `a readable sample file, but ${full} does not exist` });
        return;
      }
      if (size > maxBytes)
        samples.push({
          target: entry.target,
          source: name,
          content: "",
          unreadable: `is ${size} bytes, more than the ${maxBytes}-byte limit per sample`,
        });
      else if (!fs.statSync(full).isFile())
        problems.push({ file, location, expected: `a regular sample file, but ${full} is not one` });
      else samples.push({ target: entry.target, source: name, content: fs.readFileSync(full) });
    }),
  );
  if (problems.length > 0) throw new InputError(problems);
  return samples;
}

export function applyPolicy(policy: Policy | undefined, source?: string, baseDir = process.cwd()): EffectivePolicy {
  const base = builtInCatalog();
  if (!policy) {
    return {
      catalog: base,
      thresholds: DEFAULT_THRESHOLDS,
      destinations: [],
      samples: [],
      masked: [],
      maxSampleBytes: MAX_SAMPLE_BYTES,
      approvers: [],
      volumes: [],
      largeScaleSubjectsPerMonth: LARGE_SCALE_SUBJECTS_PER_MONTH,
      exceptionsFile: path.join(baseDir, EXCEPTIONS_FILE_NAME),
      maxExceptionHours: MAX_EXCEPTION_HOURS,
      vendors: readVendorSettings(undefined, "policy", baseDir),
      acknowledgements: [],
      driftIgnores: [],
    };
  }
  const floors = policyFloorProblems(base, policy, source ?? "policy", LARGE_SCALE_SUBJECTS_PER_MONTH);
  if (floors.length > 0) throw new InputError(floors);
  const overriddenScopes = new Set((policy.scopes ?? []).flatMap((entry) => entry.scopes));
  const catalog: Catalog = {
    ...base,
    data_elements: replaceById(base.data_elements, policy.data_elements),
    integration_types: replaceById(base.integration_types, policy.integration_types),
    scopes: [
      ...base.scopes
        .map((entry) => ({ ...entry, scopes: entry.scopes.filter((scope) => !overriddenScopes.has(scope)) }))
        .filter((entry) => entry.scopes.length > 0),
      ...(policy.scopes ?? []),
    ],
    lexicon: [...base.lexicon, ...(policy.lexicon ?? []), ...policyElementLexicon(base, policy)],
    topics: [...(policy.topics ?? []), ...base.topics],
  };
  checkReferences(catalog, source ?? "policy");
  checkOrgJurisdiction(policy, catalog, source ?? "policy");
  return {
    source,
    controller: policy.controller,
    orgRegion: policy.org_region?.toLowerCase(),
    catalog,
    thresholds: { ...DEFAULT_THRESHOLDS, ...policy.thresholds },
    destinations: approvedDestinations(policy.destinations ?? [], source ?? "policy"),
    samples: readSamples(policy, source ?? "policy", baseDir, policy.scan?.max_sample_bytes ?? MAX_SAMPLE_BYTES),
    masked: (policy.masking ?? []).map((entry) => entry.target),
    maxSampleBytes: policy.scan?.max_sample_bytes ?? MAX_SAMPLE_BYTES,
    approvers: readApprovers(policy.approvers ?? [], source ?? "policy"),
    volumes: policy.volumes ?? [],
    largeScaleSubjectsPerMonth: policy.large_scale_subjects_per_month ?? LARGE_SCALE_SUBJECTS_PER_MONTH,
    exceptionsFile: path.resolve(baseDir, policy.exceptions?.file ?? EXCEPTIONS_FILE_NAME),
    maxExceptionHours: Math.min(MAX_EXCEPTION_HOURS, policy.exceptions?.max_window_hours ?? MAX_EXCEPTION_HOURS),
    vendors: readVendorSettings(policy.vendors, source ?? "policy", baseDir),
    acknowledgements: readAcknowledgements(policy.acknowledgements ?? [], source ?? "policy"),
    driftIgnores: policy.drift?.ignore ?? [],
    driftIgnoreMaxDays: policy.drift?.max_ignore_days,
  };
}

/** The policy's org region and controller country must be ones the catalog can judge. */
function checkOrgJurisdiction(policy: Policy, catalog: Catalog, file: string): void {
  const problems: InputProblem[] = [];
  if (policy.org_region && !catalog.regions.some((entry) => entry.aws_region === policy.org_region!.toLowerCase())) {
    problems.push({
      file,
      location: "org_region",
      expected: `a Genesys Cloud region (${catalog.regions.map((entry) => entry.aws_region).join(", ")}), got "${policy.org_region}"`,
    });
  }
  if (policy.controller?.country && !isCountryCode(policy.controller.country))
    problems.push({
      file,
      location: "controller.country",
      expected: `an ISO 3166-1 alpha-2 country code, got "${policy.controller.country}"`,
    });
  if (problems.length > 0) throw new InputError(problems);
}
/** Checks what JSON Schema cannot say well: a reason a reviewer can judge, an expiry that is a date. */
function readAcknowledgements(entries: NonNullable<Policy["acknowledgements"]>, file: string): Acknowledgement[] {
  const problems: InputProblem[] = [];
  const result = entries.map((entry, index) => {
    const at = `acknowledgements[${index}]`;
    const reason = reasonProblem(entry.reason);
    if (reason) problems.push({ file, location: `${at}.reason`, expected: reason });
    const expiry = parseExpiry(entry.expires);
    if ("expected" in expiry) problems.push({ file, location: `${at}.expires`, expected: expiry.expected });
    return {
      address: entry.address,
      rule_id: entry.rule_id,
      reason: entry.reason.trim(),
      ...("at" in expiry ? { expires_at: expiry.at } : {}),
      file,
      location: at,
    };
  });
  if (problems.length > 0) throw new InputError(problems);
  return result;
}

function readApprovers(approvers: Approver[], file: string): Approver[] {
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  approvers.forEach((approver, index) => {
    if (seen.has(approver.id))
      problems.push({
        file,
        location: `approvers[${index}].id`,
        expected: `a unique id, "${approver.id}" is listed twice`,
      });
    seen.add(approver.id);
    // One key under two ids would let one person give both approvals.
    const point = ed25519PointOf(approver.public_key)?.toString("hex");
    const holder = point ? keys.get(point) : undefined;
    if (holder)
      problems.push({
        file,
        location: `approvers[${index}].public_key`,
        expected: `for approver "${approver.id}", a key of its own; it is the key of "${holder}"`,
      });
    if (point && !holder) keys.set(point, approver.id);
    const keyProblem = approverKeyProblem(approver.public_key);
    if (keyProblem)
      problems.push({
        file,
        location: `approvers[${index}].public_key`,
        expected: `for approver "${approver.id}", ${keyProblem}`,
      });
  });
  if (problems.length > 0) throw new InputError(problems);
  return approvers;
}

/** Allow-list entries (a policy's or a trust root's), checked for what JSON Schema cannot: one key per entry, host patterns, real country codes. */
export function approvedDestinations(
  entries: AllowedDestination[],
  file: string,
  place = "destinations",
): ApprovedDestination[] {
  const problems: InputProblem[] = [];
  const result = entries.map((entry, index) => {
    const at = `${place}[${index}]`;
    const keys = (["host", "aws_account", "oauth_client"] as const).filter((key) => entry[key] !== undefined);
    if (keys.length !== 1) {
      problems.push({
        file,
        location: at,
        expected: `exactly one of "host", "aws_account" or "oauth_client"${keys.length > 1 ? `, got ${keys.join(" and ")}` : ""}`,
      });
    }
    const countries = [
      { code: entry.country, location: `${at}.country` },
      ...(entry.onward_recipients ?? []).map((onward, i) => ({
        code: onward.country,
        location: `${at}.onward_recipients[${i}].country`,
      })),
    ];
    for (const { code, location } of countries) {
      if (!isCountryCode(code))
        problems.push({
          file,
          location,
          expected: `an ISO 3166-1 alpha-2 country code, got "${code}"${code === "UK" ? ' (the United Kingdom is "GB")' : ""}`,
        });
    }
    if (entry.transfer_mechanism === "derogation" && !entry.derogation) {
      problems.push({
        file,
        location: `${at}.derogation`,
        expected: "the Art. 49(1) point relied on when transfer_mechanism is derogation",
      });
    }
    if (entry.host === undefined) return { ...entry };
    const parsed = parseHostPattern(entry.host);
    if (!parsed.ok) {
      problems.push({ file, location: `${at}.host`, expected: parsed.expected });
      return { ...entry };
    }
    return { ...entry, hostPattern: parsed.value };
  });
  if (problems.length > 0) throw new InputError(problems);
  return result;
}

/** Parses and validates a policy document; problems name the file and the JSON path. */
export function parsePolicy(text: string, file: string): Policy {
  return readUserJson({ file, what: "a policy", text }, PolicySchema);
}

/**
 * Loads the policy named, or `dpia.policy.json` in `cwd` if there is one, or the defaults.
 * A named file that does not exist is an error; a missing default is not.
 */
export function loadPolicy(options: { file?: string; cwd?: string } = {}): EffectivePolicy {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ? path.resolve(cwd, options.file) : path.join(cwd, POLICY_FILE_NAME);
  if (!fs.existsSync(file)) {
    if (options.file) throw new InputError([{ file, location: "", expected: "an existing policy file" }]);
    return applyPolicy(undefined);
  }
  const relative = path.relative(cwd, file);
  const display = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
  return applyPolicy(parsePolicy(readRegularFile(file, "a policy"), display), display, path.dirname(file));
}
