import { assessedNow } from "../drift/assessed-now";
import { approvedBaselines } from "../drift/baselines";
import { compareWithBaselines } from "../drift/compare";
import { hostsNamedIn } from "../flows/hosts-in-inventory";
import type { Inventory } from "../inventory/model";
import type { EffectivePolicy } from "../policy/load-policy";
import type { DpiaRegister } from "../register/register";
import { resolveVendorKnowledge } from "../vendors/sources/resolve";
import type { Reassessment } from "./affected-subjects";

/**
 * The org as deployed now, assessed as the gate would (the register's trust root and exceptions,
 * the policy's vendor sources) and compared, subject by subject, with the last approved DPIA of
 * each in the register: what `dpia drift live` does, once for a whole batch of changes.
 */
export async function reassessOrg(
  register: DpiaRegister,
  readOrg: () => Promise<Inventory>,
  context: { policy: EffectivePolicy; now: Date; warnings: string[] },
): Promise<Reassessment> {
  const { policy, now, warnings } = context;
  const inventory = await readOrg();
  const vendors = await resolveVendorKnowledge(policy.vendors, () => hostsNamedIn(inventory, policy.catalog), { now });
  const baselines = approvedBaselines(await register.verifiedRecords());
  const current = await assessedNow(register, [inventory], { policy, vendors, now, warnings });
  const report = compareWithBaselines(current, baselines, { ignores: policy.driftIgnores, now, source: "live" });
  return { report, current, baselines, inventory };
}
