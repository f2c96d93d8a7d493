// Child tasks of the register's benchmark rows (bench/register-rows.ts): filling a register with past records.
import { DpiaRegister } from "./compiled";
import type { NewRecord } from "../src/register/record";

/** A DPIA-sized body (~4 KB), the same for the same subject and version. */
function dpiaOf(subject: string, version: number): Record<string, unknown> {
  return {
    dpia_id: subject,
    compliance_status: "APPROVED_FOR_DEPLOYMENT",
    fingerprint: `sha256:${subject.padEnd(64, "0").slice(0, 64)}`,
    timestamp: "2026-01-01T00:00:00Z",
    findings: Array.from({ length: 12 }, (_, i) => ({
      rule_id: `GC-BENCH-${i}`,
      message: `finding ${i} of ${subject}, version ${version}: ${"x".repeat(200)}`,
    })),
  };
}

/**
 * A register of `records` records at `file`, as past gate runs leave it: runs of `perRun` DPIAs, each
 * DPIA's content changing every fourth run (so content records are shared as in real use).
 */
export async function fillRegister(file: string, records: number, perRun = 2_500): Promise<void> {
  const register = await DpiaRegister.open({ url: file, write: true });
  try {
    for (let run = 0; (await register.currentMeta()).size < records; run++) {
      const left = records - (await register.currentMeta()).size;
      const entries: NewRecord[] = Array.from({ length: perRun }, (_, i) => {
        const subject = `INT-bench-${String(i).padStart(5, "0")}`;
        const dpia = dpiaOf(subject, Math.floor(run / 4));
        return {
          kind: "assessment",
          subject,
          data: {
            dpia,
            snapshot: { resources: [{ address: subject, attributes: { name: subject } }] },
            fingerprint: dpia.fingerprint,
            input: "bench/plan.json",
            compliance_status: dpia.compliance_status,
          },
          at: new Date(Date.UTC(2026, 0, 1) + run * 3_600_000),
        };
      });
      // A run that changes the contents adds a content record before each assessment: stop at the size asked for.
      const newContents = run % 4 === 0;
      await register.appendAll(entries.slice(0, Math.max(1, newContents ? Math.floor(left / 2) : left)));
    }
  } finally {
    await register.close();
  }
}
