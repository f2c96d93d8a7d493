import { isMapping, walkFlow } from "./flow-document";

/** One place where a flow variable gets its value, as far as it tells what the value is. */
export type VariableWriter =
  | { kind: "value"; binding: unknown; where: string }
  | { kind: "output"; name: string; where: string }
  | { kind: "attribute"; name: string | undefined; where: string }
  | { kind: "keyed"; where: string; maxDigits?: number }
  | { kind: "flow input"; where: string }
  | { kind: "action"; action: string; where: string };

/** Flow variables by their name folded to lower case (`Flow.ani` and `flow.ani` are one variable). */
export type VariableWriters = Map<string, VariableWriter[]>;

/** `Task.PrimaryQueue.id`, `Flow.ConversationId[0]` → `task.primaryqueue`, `flow.conversationid`. */
export function variableKey(reference: string): string {
  const [scope, name] = reference.replace(/\[[^\]]*\]/g, "").split(".");
  return `${scope ?? ""}.${name ?? ""}`.toLowerCase();
}

/** Evidence names the place briefly: the end of a path says where. */
function short(path: string): string {
  return path.length > 100 ? `…${path.slice(-90)}` : path;
}

function add(writers: VariableWriters, variable: string, writer: VariableWriter): void {
  const key = variableKey(variable);
  writers.set(key, [...(writers.get(key) ?? []), { ...writer, where: short(writer.where) }]);
}

const ACTION_IN_PATH = /(?:actions|startUpTaskActions)\[\d+\]\.([A-Za-z]+)/gi;
/** An output of a data action (`successOutputs`), or of a bot flow, common module or task a flow calls (`outputs`). */
const OUTPUT_IN_PATH = /\.(?:successOutputs|failureOutputs|outputs)\.([^[\]]+)$/;
/** Counters of loops: numbers, not data. */
const COUNTERS = new Set(["currentIndex", "loopCount"]);

/** A `var:` that is written: an action's output, collected digits, a lookup's result. */
function writerOfVar(
  path: string,
  parentKey: string | undefined,
  digitsAt: ReadonlyMap<string, number>,
): VariableWriter | undefined {
  if (/\.inputs\./.test(path)) return undefined;
  const output = OUTPUT_IN_PATH.exec(path);
  if (output) return { kind: "output", name: output[1]!, where: path };
  if (parentKey === "inputData") {
    const maxDigits = digitsAt.get(path);
    return { kind: "keyed", where: path, ...(maxDigits !== undefined ? { maxDigits } : {}) };
  }
  if (parentKey && COUNTERS.has(parentKey)) return { kind: "value", binding: { lit: 0 }, where: path };
  const actions = [...path.matchAll(ACTION_IN_PATH)];
  return { kind: "action", action: actions.at(-1)?.[1] ?? "(none)", where: path };
}

function declarationsIn(list: unknown[], path: string, writers: VariableWriters): void {
  list.forEach((item, index) => {
    if (!isMapping(item)) return;
    for (const declaration of Object.values(item)) {
      if (!isMapping(declaration) || typeof declaration.name !== "string") continue;
      const where = `${path}[${index}]`;
      if (declaration.isInput === true) add(writers, declaration.name, { kind: "flow input", where });
      else add(writers, declaration.name, { kind: "value", binding: declaration.initialValue, where });
    }
  });
}

function statementsIn(list: unknown[], path: string, writers: VariableWriters): void {
  list.forEach((item, index) => {
    if (!isMapping(item)) return;
    for (const statement of Object.values(item))
      if (isMapping(statement) && typeof statement.variable === "string")
        add(writers, statement.variable, { kind: "value", binding: statement.value, where: `${path}[${index}]` });
  });
}

function attributesIn(list: unknown[], path: string, writers: VariableWriters): void {
  list.forEach((item, index) => {
    const attribute = isMapping(item) ? item.attribute : undefined;
    if (!isMapping(attribute) || typeof attribute.variable !== "string") return;
    const name = isMapping(attribute.name) && typeof attribute.name.lit === "string" ? attribute.name.lit : undefined;
    add(writers, attribute.variable, { kind: "attribute", name, where: `${path}[${index}]` });
  });
}

/** Where each flow variable is written: declarations, Update Data statements, participant data, outputs. */
/**
 * The most digits a Collect Input step takes, as Archy writes it (`digits: {exact: 8}`, or
 * `digits: {range: {min: 1, max: 9}}`); undefined when the step does not bound them.
 */
function maxDigitsOf(step: Record<string, unknown>): number | undefined {
  const digits = step.digits;
  if (!isMapping(digits)) return undefined;
  const bound =
    typeof digits.exact === "number" ? digits.exact : isMapping(digits.range) ? digits.range.max : undefined;
  return typeof bound === "number" && Number.isInteger(bound) && bound > 0 ? bound : undefined;
}

export function variableWriters(root: unknown): VariableWriters {
  const writers: VariableWriters = new Map();
  // A step is walked before what it holds: its inputData's digits are known when the var inside is reached.
  const digitsAt = new Map<string, number>();
  for (const { node, path, parentKey } of walkFlow(root)) {
    if (isMapping(node) && "inputData" in node) {
      const maxDigits = maxDigitsOf(node);
      if (maxDigits !== undefined) digitsAt.set(`${path}.inputData`, maxDigits);
    }
    if (Array.isArray(node)) {
      if (parentKey === "variables") declarationsIn(node, path, writers);
      if (parentKey === "statements") statementsIn(node, path, writers);
      if (parentKey === "attributes") attributesIn(node, path, writers);
    } else if (isMapping(node) && typeof node.var === "string") {
      const writer = writerOfVar(path, parentKey, digitsAt);
      if (writer) add(writers, node.var, writer);
    }
  }
  return writers;
}
