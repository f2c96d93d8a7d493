/**
 * What the gate needs from the construct tree, read by shape rather than `instanceof`, so it works
 * with whichever copy of `cdktf` (or CDK Terrain) and `constructs` the host application loaded.
 */
interface ConstructNode {
  readonly id: string;
  readonly path: string;
  readonly scopes: ConstructLike[];
  readonly children: ConstructLike[];
  findAll(): ConstructLike[];
  addMetadata(type: string, data: unknown): void;
}

export interface ConstructLike {
  readonly node: ConstructNode;
}

export interface StackLike extends ConstructLike {
  toTerraform(): unknown;
}

/** The session object cdktf passes to custom synthesis. */
export interface SynthesisSession {
  outdir: string;
  manifest?: {
    /** cdktf writes `cdk.tf` (HCL) instead of `cdk.tf.json`. */
    hclOutput?: boolean;
    forStack(stack: unknown): { workingDirectory: string; synthesizedStackPath?: string };
  };
}

// Global symbols, shared by every copy of cdktf and by CDK Terrain (cdktn), which kept the names.
const STACK_SYMBOL = Symbol.for("cdktf/TerraformStack");
const CUSTOM_SYNTHESIS = Symbol.for("cdktf/customSynthesis");

export function isStack(value: unknown): value is StackLike {
  if (!value || typeof value !== "object") return false;
  const candidate = value as Record<PropertyKey, unknown>;
  return (
    (STACK_SYMBOL in candidate || typeof candidate.getLogicalId === "function") &&
    typeof candidate.toTerraform === "function"
  );
}

export function stackOf(construct: ConstructLike): StackLike | undefined {
  const scopes = construct.node?.scopes ?? [];
  for (let i = scopes.length - 1; i >= 0; i--) if (isStack(scopes[i])) return scopes[i] as StackLike;
  return undefined;
}

/**
 * Runs `onSynthesize` when cdktf synthesizes the stack: after every aspect and validation, after
 * the children's own custom synthesis, whether or not validation is skipped.
 */
export function addSynthesisHook(stack: StackLike, onSynthesize: (session: SynthesisSession) => void): void {
  const previous = (stack as unknown as Record<symbol, { onSynthesize?(session: SynthesisSession): void } | undefined>)[
    CUSTOM_SYNTHESIS
  ];
  Object.defineProperty(stack, CUSTOM_SYNTHESIS, {
    value: {
      onSynthesize(session: SynthesisSession) {
        previous?.onSynthesize?.(session);
        onSynthesize(session);
      },
    },
    enumerable: false,
    configurable: true,
  });
}

/** Marks the shortcut resolveStackOnce installs, so that a stale one is recognised and removed. */
const SHORTCUT = Symbol("dpia-resolved-stack-shortcut");

type Holder = Record<string, unknown> & { toTerraform?: { [SHORTCUT]?: true } };

/** Removes the shortcut installed on the stack, if one is still there; the stack's own `toTerraform` answers again. */
export function dropResolvedStack(stack: StackLike): void {
  const holder = stack as unknown as Holder;
  if (Object.prototype.hasOwnProperty.call(holder, "toTerraform") && holder.toTerraform?.[SHORTCUT])
    delete holder.toTerraform;
}

/**
 * Resolves the stack's configuration once per synthesis. cdktf calls `toTerraform()` again right after
 * the custom-synthesis hooks to write `cdk.tf.json`; resolving a large stack is most of synth's cost,
 * so that next call is handed the same object, which is also exactly what the gate assessed. The
 * shortcut is removed when used, when the gate fails (gate-stack.ts), and at the latest when the
 * synchronous synthesis is over. It is never installed when cdktf writes HCL (`cdk.tf`, through
 * `toHclTerraform()`): nothing would use it, and a later synthesis in the same tick would be handed a
 * configuration older than the stack. A shortcut left by an earlier synthesis never answers this one.
 */
export function resolveStackOnce(stack: StackLike, session: SynthesisSession): unknown {
  dropResolvedStack(stack);
  const resolved = stack.toTerraform();
  if (session.manifest?.hclOutput === true) return resolved;
  const holder = stack as unknown as Holder;
  const shortcut = Object.assign(
    () => {
      dropResolvedStack(stack);
      return resolved;
    },
    { [SHORTCUT]: true as const },
  );
  Object.defineProperty(holder, "toTerraform", {
    value: shortcut,
    configurable: true,
    writable: true,
    enumerable: false,
  });
  setImmediate(() => {
    if (holder.toTerraform === shortcut) delete holder.toTerraform;
  });
  return resolved;
}

/** Every construct of the stack by path, built once per synthesis instead of a tree walk per look-up. */
export function constructsByPath(stack: StackLike): Map<string, ConstructLike> {
  const byPath = new Map<string, ConstructLike>();
  for (const construct of stack.node.findAll())
    if (!byPath.has(construct.node.path)) byPath.set(construct.node.path, construct);
  return byPath;
}
