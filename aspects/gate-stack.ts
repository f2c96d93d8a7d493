import * as fs from "node:fs";
import * as path from "node:path";
import { gateInventoriesSync } from "../src/gate/gate-sync";
import { applyPolicy, loadPolicy, type EffectivePolicy } from "../src/policy/load-policy";
import { writeDpias } from "../src/report/write-dpias";
import { annotateDpias, warnOn } from "./annotations";
import type { StackLike, SynthesisSession } from "./construct-tree";
import type { DpiaGateOptions } from "./dpia-gate";
import { readStack } from "./read-stack";
import { blockedError, printSummary } from "./stack-report";

function effectivePolicy(options: DpiaGateOptions): EffectivePolicy {
  const base = options.policy
    ? applyPolicy(options.policy, "policy given to DpiaGate", process.cwd())
    : loadPolicy({ file: options.policyFile });
  return options.blockAt ? { ...base, thresholds: { ...base.thresholds, block_at: options.blockAt } } : base;
}

function stackDirOf(stack: StackLike, session: SynthesisSession): string {
  const workingDirectory = session.manifest?.forStack(stack).workingDirectory;
  return path.join(session.outdir, workingDirectory ?? path.join("stacks", stack.node.id));
}

/** Assesses the stack as synthesized, writes its DPIAs next to it, and throws when anything is blocked. */
export function gateStack(
  stack: StackLike,
  session: SynthesisSession,
  configuration: unknown,
  options: DpiaGateOptions,
): void {
  const name = stack.node.id;
  const stackDir = stackDirOf(stack, session);
  const input = readStack(stack, configuration, stackDir);
  const outcome = gateInventoriesSync(
    {
      inputs: [input],
      policy: effectivePolicy(options),
      now: new Date(),
      orgRegion: { environment: process.env.GENESYSCLOUD_REGION },
      source: `cdktf stack "${name}"`,
      wholeDeployment: false,
      onWarning: (message) => warnOn(stack, message),
    },
    { url: options.register, policyFile: options.policyFile },
  );
  // Never leave an earlier synthesized configuration (JSON or HCL) behind for a blocked stack, also when
  // writing its DPIAs fails next.
  if (outcome.blocked)
    for (const file of ["cdk.tf.json", "cdk.tf"]) fs.rmSync(path.join(stackDir, file), { force: true });
  const written = writeDpias(path.join(stackDir, "dpia"), outcome.dpias);
  if (!options.quiet) printSummary(name, written);
  annotateDpias(stack, outcome.dpias, outcome.warned);
  if (outcome.blocked) throw blockedError(name, written, outcome.dpias);
}
