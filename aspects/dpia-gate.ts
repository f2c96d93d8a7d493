import type { RiskLevel } from "../src/catalog/schema";
import type { Policy } from "../src/policy/schema";
import { patchAppSynthesis } from "./app-aspects";
import { stackOf, type ConstructLike } from "./construct-tree";
import { addGate } from "./stack-gates";

export interface DpiaGateOptions {
  /** Policy file to read. Default: `dpia.policy.json` in the working folder, if there is one. */
  readonly policyFile?: string;
  /** A policy given in code instead of a file; validated the same way. */
  readonly policy?: Policy;
  /** Block at or above this overall risk; overrides the policy. Default `Critical`. */
  readonly blockAt?: RiskLevel;
  /** Do not print one line per DPIA during synthesis. */
  readonly quiet?: boolean;
  /** The DPIA register (a file, `sqlite:<file>` or `postgres://…`). Default: DPIA_REGISTER, else the repository's register in the per-user state folder (docs/files.md). */
  readonly register?: string;
}

/**
 * A CDKTF aspect that writes a DPIA for every Genesys Cloud integration and OAuth client in the
 * stack and stops synthesis when one is blocked.
 *
 * ```ts
 * Aspects.of(stack).add(new DpiaGate());   // or Aspects.of(app): every stack of the App
 * ```
 *
 * The assessment runs when cdktf synthesizes the stack, on the configuration exactly as it is
 * written to `cdk.tf.json` (overrides included). DPIAs are written to
 * `<outdir>/stacks/<stack>/dpia/<dpia_id>.json` and `.md`.
 */
export class DpiaGate {
  private readonly options: DpiaGateOptions;
  /** Marks this as an aspect that gates stacks, also when added above them (app-aspects.ts). */
  readonly gatesStacks = true as const;

  constructor(options: DpiaGateOptions = {}) {
    this.options = options;
    patchAppSynthesis();
  }

  /** Every construct of a stack is visited; the stack is gated once, when cdktf synthesizes it (gate-stack.ts). */
  visit(node: ConstructLike): void {
    const stack = stackOf(node);
    if (stack) addGate(stack, this, this.options);
  }
}
