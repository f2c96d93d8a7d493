import { InputError } from "../validation/input-error";
import { modeProblem } from "./plan-addresses";
import type { Located } from "./plan-index";
import type { Plan, PlannedResource } from "./plan-schema";
import { maskProblems, withHiddenValues } from "./plan-unknowns";

type Json = Record<string, unknown>;
export type ResourceChange = NonNullable<Plan["resource_changes"]>[number];

/**
 * The deposed key of a change to a deposed object, or undefined for the current object. Read here,
 * not in the plan's schema, whose validator the build compiles ahead of time.
 */
export const deposedKeyOf = (change: ResourceChange): unknown => (change as { deposed?: unknown }).deposed;

/**
 * Do two JSON values say the same, whatever order their keys were written in? A walk that stops at
 * the first difference: comparing canonical texts built two copies of every resource's values.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && sameJson((a as Json)[key], (b as Json)[key]));
  }
  // JSON has no undefined: a value left out of an array reads as null, as JSON.stringify writes it.
  return (a ?? null) === (b ?? null);
}

/**
 * Every change of the plan to a current object, by address (managed and data alike); an address
 * listed twice cannot be read. A change with `deposed` is to a deposed object (one an interrupted
 * create_before_destroy replacement left beside the current object): Terraform plans nothing but
 * its delete (or, under a `removed` block that keeps it, its forget), never with planned values,
 * and it is no configuration's current object, so it is checked and left out. Its address may
 * also have a change to the current object.
 */
export function changesByAddress(changes: ResourceChange[], file: string): Map<string, Located<ResourceChange>> {
  const byAddress = new Map<string, Located<ResourceChange>>();
  const deposed = new Set<string>();
  changes.forEach((change, index) => {
    const at = `resource_changes[${index}] (${change.address})`;
    const wrongMode = modeProblem(change);
    if (wrongMode) throw new InputError([{ file, location: `resource_changes[${index}].mode`, expected: wrongMode }]);
    const deposedKey = deposedKeyOf(change);
    if (deposedKey !== undefined) {
      checkDeposedChange(change, deposedKey, at, file);
      const key = JSON.stringify([change.address, deposedKey]);
      if (deposed.has(key))
        throw new InputError([
          {
            file,
            location: at,
            expected: `one change per deposed object; ${change.address} (deposed ${String(deposedKey)}) is listed twice`,
          },
        ]);
      deposed.add(key);
      return;
    }
    if (byAddress.has(change.address))
      throw new InputError([
        { file, location: at, expected: `one change per resource; ${change.address} is listed twice` },
      ]);
    byAddress.set(change.address, { item: change, at });
  });
  return byAddress;
}

/** A deposed object's change as Terraform plans it: a managed resource's delete or forget, to nothing. */
function checkDeposedChange(change: ResourceChange, deposedKey: unknown, at: string, file: string): void {
  const { actions, after } = change.change;
  const problems = [
    ...(typeof deposedKey !== "string" || deposedKey === ""
      ? [
          {
            location: `${at}.deposed`,
            expected: `the key of a deposed object (Terraform writes one, such as "00000001"), got ${JSON.stringify(deposedKey)}`,
          },
        ]
      : []),
    ...(change.mode !== "managed"
      ? [{ location: `${at}.mode`, expected: 'mode "managed" for a deposed object (only managed resources have them)' }]
      : []),
    ...(actions.length !== 1 || (actions[0] !== "delete" && actions[0] !== "forget")
      ? [
          {
            location: `${at}.change.actions`,
            expected: `["delete"] or ["forget"] for a deposed object (the only actions Terraform plans for one), got ${JSON.stringify(actions)}`,
          },
        ]
      : []),
    ...(after !== undefined && after !== null
      ? [
          {
            location: `${at}.change.after`,
            expected: "null for a deposed object's change (it is removed, nothing is planned for it)",
          },
        ]
      : []),
  ];
  if (problems.length > 0) throw new InputError(problems.map((problem) => ({ file, ...problem })));
}

/** The masks of a change, which Terraform writes for every change it plans: without them an unknown value reads as "not set". */
function masksOf(change: Located<ResourceChange>, file: string): { unknown: unknown; sensitive: unknown } {
  const { after_unknown: unknown, after_sensitive: sensitive } = change.item.change;
  const problems = [
    ...(unknown === undefined
      ? [{ at: "after_unknown", expected: "after_unknown (terraform show -json writes it for every planned change)" }]
      : maskProblems(unknown, "after_unknown")),
    ...(sensitive === undefined
      ? [
          {
            at: "after_sensitive",
            expected: "after_sensitive (terraform show -json writes it for every planned change)",
          },
        ]
      : maskProblems(sensitive, "after_sensitive")),
  ];
  if (problems.length > 0)
    throw new InputError(
      problems.map((problem) => ({ file, location: `${change.at}.change.${problem.at}`, expected: problem.expected })),
    );
  return { unknown, sensitive };
}

/** Where a mask of sensitive values under `at` is not one. */
function checkSensitiveMask(mask: unknown, at: string, file: string): void {
  const problems = mask === undefined ? [] : maskProblems(mask, "sensitive_values");
  if (problems.length > 0)
    throw new InputError(
      problems.map((problem) => ({ file, location: `${at}.${problem.at}`, expected: problem.expected })),
    );
}

/**
 * A data source read while planning, as prior_state holds it: known values, with a sensitive
 * value the plan leaves out or nulls read as hidden.
 */
export function readValuesOf(read: Located<PlannedResource>, file: string): Json {
  checkSensitiveMask(read.item.sensitive_values, read.at, file);
  return withHiddenValues(read.item.values ?? {}, undefined, read.item.sensitive_values) as Json;
}

/**
 * A resource's planned values as Terraform will deploy them: `planned_values` (which must be what
 * its change's `after` says), with every value `after_unknown` marks read as known only after
 * apply, and every sensitive value the plan leaves out or nulls read as hidden, never as not set.
 */
export function plannedValuesOf(
  planned: Located<PlannedResource>,
  change: Located<ResourceChange> | undefined,
  file: string,
): Json {
  const { address, values = {}, sensitive_values: plannedSensitive } = planned.item;
  if (!change)
    throw new InputError([
      {
        file,
        location: planned.at,
        expected: `a change for ${address} in resource_changes (it says which of its values are known only after apply); it has none`,
      },
    ]);
  const { unknown, sensitive } = masksOf(change, file);
  checkSensitiveMask(plannedSensitive, planned.at, file);
  if (!sameJson(change.item.change.after, values))
    throw new InputError([
      {
        file,
        location: `${change.at}.change.after`,
        expected: `the values planned_values has for ${address} at ${planned.at}.values (Terraform writes the same in both); they differ`,
      },
    ]);
  return withHiddenValues(withHiddenValues(values, unknown, sensitive), undefined, plannedSensitive) as Json;
}
