import { loadGateAuthority } from "../register/gate-authority";
import { recordGateRun } from "../register/gate-run";
import { DpiaRegister } from "../register/register";
import { resolveVendorKnowledge } from "../vendors/sources/resolve";
import { gateInventories, type GateOutcome, type GateRun } from "./gate-inventories";
import { driveAsync } from "./requests";

/**
 * The gate for the CLI, through the register's asynchronous client (SQLite or PostgreSQL). The
 * register is opened when the sequence first asks for it (after the vendor look-ups) and always
 * closed. An approval that cannot be recorded is not given: a register that cannot be written is
 * an error (exit 2).
 */
export async function gateInventoriesAsync(run: GateRun, registerUrl: string | undefined): Promise<GateOutcome> {
  let opening: Promise<DpiaRegister> | undefined;
  const register = () => (opening ??= DpiaRegister.open({ url: registerUrl, write: true }));
  try {
    return await driveAsync(gateInventories(run), {
      vendors: ({ hosts }) => resolveVendorKnowledge(run.policy.vendors, hosts, { now: run.now }),
      authority: async () => {
        const warnings: string[] = [];
        return { ...(await loadGateAuthority(await register(), run.policy, warnings)), warnings };
      },
      record: async ({ assessed, uses }) => {
        await recordGateRun(await register(), { assessed, uses, input: run.source, at: run.now });
      },
    });
  } finally {
    // One that could not be opened has said so already, through the request that opened it.
    await (await opening?.catch(() => undefined))?.close();
  }
}
