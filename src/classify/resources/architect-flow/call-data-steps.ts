import { entryIgnoringCase, isMapping, walkFlow } from "./flow-document";

/** How a flow fills one input of a data action: an expression, a literal, a variable, or nothing. */
export interface InputBinding {
  input: string;
  form: "expression" | "literal" | "variable" | "none" | "unread";
  /** The expression, literal or variable as written (after substitution). */
  text: string;
}

/** A Call Data Action step as Archy writes it: the action by category and name, what the flow passes and keeps. */
export interface CallDataStep {
  /** Where the step is: the JSON-style path of the named action (`...callData.category.dataAction`). */
  path: string;
  category?: string;
  /** The action's name as written; undefined when the step names none. */
  name?: string;
  inputs: InputBinding[];
  /** Output name → the flow variable it is written to. */
  outputs: Array<{ output: string; variable: string }>;
}

/** Call Data Action, and Call Secure Data Action (secure flows' payment steps), which Archy writes with the same body. */
const STEP_KEYS = new Set(["calldata", "calldatasecure"]);

export function bindingOf(input: string, value: unknown): InputBinding {
  if (!isMapping(value)) return { input, form: "unread", text: JSON.stringify(value) ?? "" };
  if (typeof value.exp === "string") return { input, form: "expression", text: value.exp };
  if (typeof value.var === "string") return { input, form: "variable", text: value.var };
  if ("lit" in value) return { input, form: "literal", text: JSON.stringify(value.lit) ?? "" };
  if (value.noValue === true) return { input, form: "none", text: "" };
  return { input, form: "unread", text: JSON.stringify(value) };
}

function outputsOf(spec: Record<string, unknown>): CallDataStep["outputs"] {
  const outputs: CallDataStep["outputs"] = [];
  for (const key of ["successOutputs", "failureOutputs"]) {
    const section = entryIgnoringCase(spec, key);
    if (!isMapping(section)) continue;
    for (const [output, target] of Object.entries(section))
      if (isMapping(target) && typeof target.var === "string") outputs.push({ output, variable: target.var });
  }
  return outputs;
}

/** The actions one step names: one per category and action (Archy writes one of each; more are each read). */
function stepsIn(body: unknown, path: string): CallDataStep[] {
  const categories = isMapping(body) && isMapping(body.category) ? Object.entries(body.category) : [];
  const steps: CallDataStep[] = [];
  for (const [category, inCategory] of categories) {
    const actions = isMapping(inCategory) ? entryIgnoringCase(inCategory, "dataAction") : undefined;
    const named = isMapping(actions) ? Object.entries(actions) : [];
    if (named.length === 0) steps.push({ path: `${path}.category`, category, inputs: [], outputs: [] });
    for (const [name, spec] of named) {
      const inputs = isMapping(spec) && isMapping(spec.inputs) ? spec.inputs : {};
      steps.push({
        path: `${path}.category.dataAction`,
        category,
        name,
        inputs: Object.entries(inputs).map(([input, value]) => bindingOf(input, value)),
        outputs: isMapping(spec) ? outputsOf(spec) : [],
      });
    }
  }
  if (categories.length === 0) steps.push({ path, inputs: [], outputs: [] });
  return steps;
}

/**
 * Every Call Data Action step of the flow: an item `- callData:` (or `- callDataSecure:`) of a list of actions, wherever the
 * list is (a task, a state, a menu choice, a reusable task, a decision's or switch's or loop's
 * outputs, a bot, startUpTaskActions). `callData:` as a mapping key elsewhere is not a step:
 * `settingsActionDefaults.callData` is the defaults of the action type, present in almost every flow.
 */
export function callDataSteps(root: unknown): CallDataStep[] {
  const steps: CallDataStep[] = [];
  for (const { node, path } of walkFlow(root)) {
    if (!Array.isArray(node)) continue;
    node.forEach((item, index) => {
      if (!isMapping(item)) return;
      for (const [key, body] of Object.entries(item))
        if (STEP_KEYS.has(key.toLowerCase())) steps.push(...stepsIn(body, `${path}[${index}].${key}`));
    });
  }
  return steps;
}
