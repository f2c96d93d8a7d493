import { levelIndex } from "../assess/risk-scale";
import type { RiskLevel } from "../catalog/schema";
import { approvedDestinations, type EffectivePolicy } from "../policy/load-policy";
import type { TrustRoot } from "./schema";

const stricter = (policy: RiskLevel, floor: RiskLevel | undefined): RiskLevel =>
  floor && levelIndex(floor) < levelIndex(policy) ? floor : policy;

/**
 * The policy the gate runs with: approvers from the root in force only (never the repository's
 * policy), and the root's floors where the policy is more lenient. A root that carries an allow-list
 * decides the destinations too: the repository's are then only a request. Without a root, nobody approves.
 */
export function withTrustRoot(policy: EffectivePolicy, root: TrustRoot | undefined): EffectivePolicy {
  if (!root) return { ...policy, approvers: [] };
  const floors = root.signed.policy_floors ?? {};
  return {
    ...policy,
    approvers: root.signed.approvers,
    thresholds: {
      ...policy.thresholds,
      block_at: stricter(policy.thresholds.block_at, floors.block_at),
      warn_at: stricter(policy.thresholds.warn_at, floors.warn_at),
    },
    maxExceptionHours: Math.min(policy.maxExceptionHours, floors.max_exception_hours ?? policy.maxExceptionHours),
    ...(root.signed.destinations
      ? { destinations: approvedDestinations(root.signed.destinations, rootName(root), "signed.destinations") }
      : {}),
  };
}

/** How errors and notes name a root: it is a signed document in the register, not a file of the repository. */
export const rootName = (root: TrustRoot): string => `trust root version ${root.signed.version}`;
