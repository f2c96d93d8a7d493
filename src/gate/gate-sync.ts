import { askRegister } from "../register/sync-bridge";
import { resolveVendorKnowledgeSync } from "../vendors/sources/resolve-sync";
import { gateInventories, type GateOutcome, type GateRun } from "./gate-inventories";
import { driveSync } from "./requests";

/**
 * The gate for the aspect, which cdktf runs synchronously: the register through the synchronous
 * bridge (sync-bridge.ts) and the vendor sources through a child process (resolve-sync.ts). The
 * bridge reads the exceptions file's name from `policyFile` itself.
 */
export function gateInventoriesSync(run: GateRun, register: { url?: string; policyFile?: string }): GateOutcome {
  return driveSync(gateInventories(run), {
    vendors: ({ hosts }) => resolveVendorKnowledgeSync(run.policy.vendors, hosts, run.now),
    authority: () => {
      const answer = askRegister({ op: "authority", register: register.url, policyFile: register.policyFile });
      return {
        trust: answer.trust,
        exceptions: { exceptions: answer.exceptions, problems: [] },
        warnings: answer.warnings,
      };
    },
    record: ({ assessed, uses }) => {
      askRegister({
        op: "record",
        register: register.url,
        assessed,
        uses,
        input: run.source,
        at: run.now.toISOString(),
      });
    },
  });
}
