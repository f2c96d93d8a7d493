import { parseTemplate } from "../../inventory/expressions";
import { isPlaceholderProblem, substituteFlowText } from "../../inventory/attributes/flow-substitutions";
import { callDataSteps, type InputBinding } from "./architect-flow/call-data-steps";
import { parseFlowDocument } from "./architect-flow/flow-document";
import { compareText } from "../../text-order";

/** A data action an Architect flow calls, as the flow file names it. */
export interface ArchitectDataActionCall {
  /** The action's name after substitutions, or the Terraform expression a substitution gives at apply time. */
  name: string;
  category?: string;
  /** Where in the flow file: the JSON-style path of the call. */
  path: string;
  /** The substitution value when the name comes from one known only at apply time (it may reference an action resource). */
  substitutedFrom?: string;
  /** What the flow passes to each input. */
  inputs: InputBinding[];
  /** Output name → the flow variable it is written to. */
  outputs: Array<{ output: string; variable: string }>;
}

/** An Architect flow file as Archy reads it after the provider's substitutions. */
export interface ArchitectFlowRead {
  /** The flow type (`inboundCall`, `workflow`, `bot`, ...), undefined when the file's top-level key is none Archy knows. */
  type: string | undefined;
  calls: ArchitectDataActionCall[];
  /** The parsed document, for readers of what the flow does with its variables. */
  root: Record<string, unknown>;
  /** Stand-ins in `root` for substitution values known only at apply time, and what each stands for. */
  tokens: Map<string, string>;
}

const TOKEN = /dpiaSubstitution\d+x/g;

/** A name in the parsed flow, with the substitution it came from when it is a token for one. */
function restore(text: string, tokens: Map<string, string>): { text: string; from?: string } {
  const whole = tokens.get(text.trim());
  if (whole !== undefined) return { text: whole, from: whole };
  return { text: text.replace(TOKEN, (token) => tokens.get(token) ?? token) };
}

/**
 * Reads an Architect flow file: `{{key}}` placeholders replaced by `substitutions` as the provider
 * does, then every Call Data Action step with the action's category and name and its bindings.
 * Undefined when the file cannot be published as written (a placeholder left) or is not a YAML mapping.
 */
export function readArchitectFlow(text: string, substitutions: unknown): ArchitectFlowRead | undefined {
  const substituted = substituteFlowText(text, substitutions);
  if (isPlaceholderProblem(substituted)) return undefined;
  const document = parseFlowDocument(substituted.text);
  if (!document) return undefined;
  const { tokens } = substituted;
  const calls = callDataSteps(document.root).map((step): ArchitectDataActionCall => {
    const named = step.name === undefined ? undefined : restore(step.name, tokens);
    const from = named?.from;
    return {
      name: named?.text ?? "(no data action named)",
      ...(step.category !== undefined ? { category: restore(step.category, tokens).text } : {}),
      path: step.path,
      ...(from && parseTemplate(from).some((part) => part.kind !== "literal") ? { substitutedFrom: from } : {}),
      inputs: step.inputs.map((binding) => ({ ...binding, text: restore(binding.text, tokens).text })),
      outputs: step.outputs,
    };
  });
  return {
    type: document.type,
    calls: calls.sort((a, b) => compareText(a.path, b.path)),
    root: document.root,
    tokens,
  };
}

/** The data actions an Architect flow calls (see readArchitectFlow). */
export function architectDataActionCalls(text: string, substitutions: unknown): ArchitectDataActionCall[] | undefined {
  return readArchitectFlow(text, substitutions)?.calls;
}
