import { isStack, type ConstructLike } from "./construct-tree";

/**
 * cdktf (and CDK Terrain) invoke aspects from each stack downwards: an aspect added to the App,
 * or to a construct that groups stacks, is never visited, so the gate would silently do nothing
 * there. Before the App synthesizes, every aspect found above the stacks that can gate a stack
 * (`gatesStacks`) is given each stack beneath it. The patch is found by shape in every loaded
 * copy of cdktf or cdktn and applied once per copy; Apps without such aspects are unaffected.
 */
const PATCHED = Symbol.for("genesys-dpia-gate/app-synth-patched");
const APP_MODULE = /[\\/](cdktf|cdktn)[\\/]lib[\\/]app\.js$/;

interface StackGate {
  gatesStacks: true;
  visit(node: ConstructLike): void;
}

function isStackGate(value: unknown): value is StackGate {
  return (
    !!value &&
    typeof value === "object" &&
    (value as { gatesStacks?: unknown }).gatesStacks === true &&
    typeof (value as StackGate).visit === "function"
  );
}

/** The aspects added directly to a construct: cdktf keeps them under a private symbol. */
function aspectsOf(construct: object): unknown[] {
  const symbol = Object.getOwnPropertySymbols(construct).find((candidate) => candidate.description === "cdktf-aspects");
  const all = symbol ? (construct as Record<symbol, { all?: unknown }>)[symbol]?.all : undefined;
  return Array.isArray(all) ? all : [];
}

/** Gives every stack below an App-level (or group-level) gate to that gate. */
function applyGatesAboveStacks(app: ConstructLike): void {
  const visit = (construct: ConstructLike, inherited: StackGate[]) => {
    const gates = [...inherited, ...aspectsOf(construct).filter(isStackGate)];
    if (isStack(construct)) {
      for (const gate of gates) gate.visit(construct);
      return;
    }
    for (const child of construct.node.children) visit(child, gates);
  };
  visit(app, []);
}

export function patchAppSynthesis(): void {
  // Loaded as an ES module there is no CommonJS cache to search: only stack-level aspects apply then.
  const cache = typeof require === "function" ? require.cache : undefined;
  for (const [file, loaded] of Object.entries(cache ?? {})) {
    if (!loaded || !APP_MODULE.test(file)) continue;
    const App = (loaded.exports as { App?: { prototype: Record<PropertyKey, unknown> } }).App;
    const prototype = App?.prototype;
    if (!prototype || typeof prototype.synth !== "function" || prototype[PATCHED]) continue;
    const synth = prototype.synth as (this: ConstructLike) => void;
    Object.defineProperty(prototype, "synth", {
      value: function synthWithGates(this: ConstructLike) {
        applyGatesAboveStacks(this);
        return synth.call(this);
      },
      configurable: true,
      writable: true,
    });
    Object.defineProperty(prototype, PATCHED, { value: true });
  }
}
