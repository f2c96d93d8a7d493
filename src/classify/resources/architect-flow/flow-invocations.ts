import { bindingOf, type InputBinding } from "./call-data-steps";
import { entryIgnoringCase, isMapping, walkFlow } from "./flow-document";

/** A flow another flow runs with inputs: a common module (Call Common Module) or a bot flow (Call Bot Flow). */
export interface FlowInvocation {
  /** The name of the flow called, as the step writes it (after substitutions). */
  target: string;
  inputs: InputBinding[];
  path: string;
}

/** The steps that run another flow, and the key under which Archy names the flow they run. */
const INVOKING_STEPS: Record<string, string> = { callcommonmodule: "commonModule", callbotflow: "botFlow" };

/**
 * Every step of the flow that runs another flow of the org, with what it passes to that flow's inputs:
 * `- callCommonModule: {commonModule: {<name>: {ver_latestPublished: {inputs: {Common.x: {exp: ...}}}}}}`, as
 * Archy writes it (send-message-transcript-by-email's flow in test/fixtures/archy-flows), and the same under
 * `botFlow` for Call Bot Flow.
 */
export function flowInvocations(root: unknown): FlowInvocation[] {
  const invocations: FlowInvocation[] = [];
  for (const { node, path } of walkFlow(root)) {
    if (!Array.isArray(node)) continue;
    node.forEach((item, index) => {
      if (!isMapping(item)) return;
      for (const [key, body] of Object.entries(item)) {
        const targetKey = INVOKING_STEPS[key.toLowerCase()];
        const targets = targetKey && isMapping(body) ? entryIgnoringCase(body, targetKey) : undefined;
        if (!isMapping(targets)) continue;
        for (const [target, versions] of Object.entries(targets)) {
          const inputs = isMapping(versions)
            ? Object.values(versions).flatMap((version) => {
                const given = isMapping(version) ? entryIgnoringCase(version, "inputs") : undefined;
                return isMapping(given) ? Object.entries(given).map(([input, value]) => bindingOf(input, value)) : [];
              })
            : [];
          invocations.push({ target, inputs, path: `${path}[${index}].${key}` });
        }
      }
    });
  }
  return invocations;
}

/** The name a flow file gives its flow (`commonModule: {name: ...}`); undefined when it names none. */
export function flowName(root: Record<string, unknown>): string | undefined {
  const [body] = Object.values(root);
  return isMapping(body) && typeof body.name === "string" ? body.name : undefined;
}
