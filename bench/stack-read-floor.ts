// What any cache of the gate's assessment would still cost on an unchanged re-synth: the stack read as the gate
// reads it (its configuration as synthesized, with the files it names) and the result hashed into a key. Nothing
// is assessed, recorded or written. Built from the compiled package's own pieces, so the row measures exactly the
// reading the gate does; it is a bench aspect, never a mode of the gate.
import { createHash } from "node:crypto";
import * as path from "node:path";
import { addSynthesisHook, canonicalJson, readStack, resolveStackOnce, stackOf } from "./compiled";

type Construct = Parameters<typeof stackOf>[0];
type Stack = NonNullable<ReturnType<typeof stackOf>>;
type Session = Parameters<typeof resolveStackOnce>[1];

export class StackReadFloor {
  private readonly hooked = new WeakSet<object>();
  /** The key of each stack read, so the work cannot be optimised away. */
  readonly keys: string[] = [];

  visit(node: Construct): void {
    const stack = stackOf(node);
    if (!stack || this.hooked.has(stack)) return;
    this.hooked.add(stack);
    addSynthesisHook(stack, (session) => this.read(stack, session));
  }

  private read(stack: Stack, session: Session): void {
    const stackDir = path.join(session.outdir, "stacks", stack.node.id);
    const input = readStack(stack, resolveStackOnce(stack, session), stackDir);
    this.keys.push(createHash("sha256").update(canonicalJson(input)).digest("hex"));
  }
}
