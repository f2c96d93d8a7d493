import { assessInventory } from "../dpia/assess-inventory";
import { enforceTrusted } from "../exceptions/enforce-trusted";
import type { Inventory } from "../inventory/model";
import type { EffectivePolicy } from "../policy/load-policy";
import { snapshotOf } from "../register/assessments";
import { loadGateAuthority } from "../register/gate-authority";
import type { DpiaRegister } from "../register/register";
import { withTrustRoot } from "../trust/apply-root";
import type { VendorKnowledge } from "../vendors/model";
import type { CurrentSubject } from "./compare";

/** Every subject as deployed now, assessed as the gate would, with the register's trust root and exceptions. */
export async function assessedNow(
  register: DpiaRegister,
  inventories: Inventory[],
  context: { policy: EffectivePolicy; vendors: VendorKnowledge; now: Date; warnings: string[] },
): Promise<CurrentSubject[]> {
  const { policy, vendors, now, warnings } = context;
  const { trust, exceptions } = await loadGateAuthority(register, policy, warnings);
  const trusted = withTrustRoot(policy, trust.ok ? trust.root : undefined);
  const current: CurrentSubject[] = [];
  for (const inventory of inventories) {
    const { result } = enforceTrusted(
      assessInventory(inventory, { policy: trusted, now, vendors }),
      exceptions,
      trusted,
      trust,
      now,
    );
    current.push(
      ...result.dpias.map((dpia) => ({
        dpia,
        snapshot: snapshotOf(dpia, inventory) as unknown as CurrentSubject["snapshot"],
      })),
    );
  }
  return current;
}
