import { canonicalJson } from "../dpia/fingerprint";
import type { AllowedDestination } from "../policy/schema";
import type { EffectivePolicy } from "../policy/load-policy";
import type { TrustRoot } from "./schema";

const entryKey = ({ hostPattern: _pattern, ...entry }: AllowedDestination & { hostPattern?: unknown }): string =>
  canonicalJson(entry);

const describe = (entry: AllowedDestination): string =>
  entry.host !== undefined
    ? `host "${entry.host}"`
    : entry.aws_account !== undefined
      ? `aws_account "${entry.aws_account}"`
      : `oauth_client "${entry.oauth_client ?? ""}"`;

/**
 * The repository's destinations that the root's allow-list does not hold word for word, when the root carries one:
 * they approve nothing until the approvers sign them into the next root, and a run says so rather than let a
 * developer believe the entry counts.
 */
export function destinationsOnlyRequested(policy: EffectivePolicy, root: TrustRoot | undefined): string[] {
  const signed = root?.signed.destinations;
  if (!signed) return [];
  const inRoot = new Set(signed.map(entryKey));
  return policy.destinations.flatMap((entry, index) =>
    inRoot.has(entryKey(entry)) ? [] : [`destinations[${index}] (${describe(entry)})`],
  );
}
