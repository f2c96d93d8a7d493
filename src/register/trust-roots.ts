import { parsePin, type TrustPin } from "../trust/pin";
import { rootInForce, type RootInForce } from "../trust/root-in-force";
import { TrustRootSchema, type TrustRoot } from "../trust/schema";
import type { RegisterRecord } from "./record";
import type { DpiaRegister } from "./register";

/** The trust roots recorded in the register, in the order they were recorded. */
export function recordedTrustRoots(records: RegisterRecord[]): TrustRoot[] {
  return records
    .filter((record) => record.kind === "trust-root")
    .map((record) => TrustRootSchema.safeParse(record.data.root))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data!);
}

/**
 * The trust roots the register holds, the pin DPIA_TRUST_ROOT sets outside the repository, and the
 * root they put in force at `at` (now by default).
 */
export async function trustRootsIn(
  register: DpiaRegister,
  at?: Date,
): Promise<{ recorded: TrustRoot[]; pin: TrustPin | undefined; inForce: RootInForce }> {
  const recorded = recordedTrustRoots(await register.verifiedRecords());
  const pin = parsePin(process.env.DPIA_TRUST_ROOT);
  return { recorded, pin, inForce: rootInForce(recorded, pin, at ?? new Date()) };
}
