import type { Sample } from "../src/inventory/sample";
import type { ConstructLike, StackLike } from "./construct-tree";

const SAMPLE_METADATA = "genesys-dpia/sample";

export interface DpiaSampleInput {
  /** A name for the DPIA's evidence, e.g. "CRM response with call notes". */
  name: string;
  /** The body: text, or an object that is serialised as JSON. */
  content: string | object;
}

/**
 * Attaches a request or response sample to a data action construct, next to it in CDKTF code.
 * The DPIA gate scans it when the stack is synthesized; what it finds raises the action's risk.
 */
export function addDpiaSample(action: ConstructLike, sample: DpiaSampleInput): void {
  const content = typeof sample.content === "string" ? sample.content : JSON.stringify(sample.content);
  action.node.addMetadata(SAMPLE_METADATA, { name: sample.name, content });
}

/** The samples attached in the stack, keyed by the construct path they were attached to. */
export function samplesInStack(stack: StackLike): Array<{ constructPath: string; name: string; content: string }> {
  return stack.node.findAll().flatMap((construct) =>
    ((construct.node as unknown as { metadata: Array<{ type: string; data: unknown }> }).metadata ?? [])
      .filter((entry) => entry.type === SAMPLE_METADATA)
      .map((entry) => {
        const data = entry.data as { name: string; content: string };
        return { constructPath: construct.node.path, name: data.name, content: data.content };
      }),
  );
}

export function toSamples(
  found: ReturnType<typeof samplesInStack>,
  addressOf: (constructPath: string) => string | undefined,
): Sample[] {
  return found.flatMap((entry) => {
    const address = addressOf(entry.constructPath);
    return address
      ? [{ target: address, source: `cdktf:${entry.constructPath} "${entry.name}"`, content: entry.content }]
      : [];
  });
}
