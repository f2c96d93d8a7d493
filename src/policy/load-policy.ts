import * as fs from "node:fs";
import * as path from "node:path";
import { builtInCatalog, checkReferences } from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";
import { InputError } from "../validation/input-error";
import { validateAgainst } from "../validation/schema-validator";
import { DEFAULT_THRESHOLDS, POLICY_FILE_NAME, PolicySchema, type Policy, type RiskThresholds } from "./schema";

/** What the engine runs with: the catalog with the policy applied, and the thresholds. */
export interface EffectivePolicy {
  /** The policy file that was read, or undefined when the defaults apply. */
  source?: string;
  controller?: Policy["controller"];
  catalog: Catalog;
  thresholds: RiskThresholds;
}

function replaceById<T extends { id: string }>(base: T[], overrides: T[] | undefined): T[] {
  if (!overrides) return base;
  const byId = new Map(base.map((entry) => [entry.id, entry]));
  for (const entry of overrides) byId.set(entry.id, entry);
  return [...byId.values()];
}

export function applyPolicy(policy: Policy | undefined, source?: string): EffectivePolicy {
  const base = builtInCatalog();
  if (!policy) return { catalog: base, thresholds: DEFAULT_THRESHOLDS };
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
    lexicon: [...base.lexicon, ...(policy.lexicon ?? [])],
    topics: [...(policy.topics ?? []), ...base.topics],
  };
  checkReferences(catalog, source ?? "policy");
  return {
    source,
    controller: policy.controller,
    catalog,
    thresholds: { ...DEFAULT_THRESHOLDS, ...policy.thresholds },
  };
}

/** Parses and validates a policy document; problems name the file and the JSON path. */
export function parsePolicy(text: string, file: string): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError([{ file, location: "", expected: `valid JSON (${(error as Error).message})` }]);
  }
  const problems = validateAgainst(PolicySchema, raw, file);
  if (problems.length > 0) throw new InputError(problems);
  return PolicySchema.parse(raw);
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
  return applyPolicy(parsePolicy(fs.readFileSync(file, "utf8"), display), display);
}
