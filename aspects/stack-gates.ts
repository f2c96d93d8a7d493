import type { DpiaGateOptions } from "./dpia-gate";
import {
  addSynthesisHook,
  dropResolvedStack,
  resolveStackOnce,
  type StackLike,
  type SynthesisSession,
} from "./construct-tree";
import { gateStack } from "./gate-stack";

const GATES = Symbol("dpia-gates");

/** The options of each gate that reached a stack, in the order they came; the synthesis hook is added with the first. */
function gatesOf(stack: StackLike): Map<object, DpiaGateOptions> {
  const holder = stack as unknown as Record<symbol, Map<object, DpiaGateOptions> | undefined>;
  let gates = holder[GATES];
  if (!gates) {
    gates = new Map();
    Object.defineProperty(stack, GATES, { value: gates, enumerable: false });
    addSynthesisHook(stack, (session) => runGates(stack, session));
  }
  return gates;
}

export function addGate(stack: StackLike, gate: object, options: DpiaGateOptions): void {
  const gates = gatesOf(stack);
  if (!gates.has(gate)) gates.set(gate, options);
}

/**
 * Runs the gates that reached the stack, when cdktf synthesizes it. Gates with the same options
 * decide the same: a stack reached by several is assessed once per distinct set of options.
 */
function runGates(stack: StackLike, session: SynthesisSession): void {
  const seen = new Set<string>();
  // The hook is added with the first gate, so there is always one to run: resolve once for all of them.
  const configuration = resolveStackOnce(stack, session);
  try {
    for (const options of gatesOf(stack).values()) {
      const key = JSON.stringify(options);
      if (seen.has(key)) continue;
      seen.add(key);
      gateStack(stack, session, configuration, options);
    }
  } catch (error) {
    // Synthesis stops here: nothing will ask for the resolved configuration, and nothing may be handed it later.
    dropResolvedStack(stack);
    throw error;
  }
}
