import { levelIndex } from "../assess/risk-scale";
import type { RiskLevel } from "../catalog/schema";
import type { EffectivePolicy } from "../policy/load-policy";
import type { TrustRoot } from "./schema";

const stricter = (policy: RiskLevel, floor: RiskLevel | undefined): RiskLevel =>
  floor && levelIndex(floor) < levelIndex(policy) ? floor : policy;

/**
 * The policy the gate runs with: approvers from the root in force only (never the repository's
 * policy), and the root's floors where the policy is more lenient. Without a root, nobody approves.
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
  };
}
