import type * as Yaml from "yaml";

/** The YAML reader, loaded with the first flow file read (most configurations have none). */
const yaml = (): typeof Yaml => require("yaml") as typeof Yaml;

/**
 * The flow types Archy writes as the file's one top-level key, by their key folded to lower case
 * (real files write `inqueueCall` and `botFlow` as well as `inQueueCall` and `bot`).
 */
const FLOW_TYPES: Record<string, string> = {
  inboundcall: "inboundCall",
  inboundemail: "inboundEmail",
  inboundshortmessage: "inboundShortMessage",
  inboundchat: "inboundChat",
  inqueuecall: "inQueueCall",
  inqueueemail: "inQueueEmail",
  inqueueshortmessage: "inQueueShortMessage",
  outboundcall: "outboundCall",
  securecall: "secureCall",
  voicemail: "voicemail",
  workflow: "workflow",
  workitem: "workitem",
  commonmodule: "commonModule",
  bot: "bot",
  botflow: "bot",
  digitalbot: "digitalBot",
  surveyinvite: "surveyInvite",
  voicesurvey: "voiceSurvey",
};

/** A flow file parsed: its type (undefined when its top-level key is no flow type Archy knows) and its content. */
export interface FlowDocument {
  type: string | undefined;
  root: Record<string, unknown>;
}

/**
 * Parsing is bounded (no alias expansion bombs); undefined when the text is not a YAML mapping.
 * Merge keys (`- <<: *step`) are applied, so a step written through an anchor is still a step.
 */
export function parseFlowDocument(text: string): FlowDocument | undefined {
  let document: unknown;
  try {
    document = yaml().parse(text, { maxAliasCount: 100, uniqueKeys: false, merge: true, logLevel: "error" });
  } catch {
    return undefined;
  }
  if (!document || typeof document !== "object" || Array.isArray(document)) return undefined;
  const root = document as Record<string, unknown>;
  const keys = Object.keys(root);
  const type = keys.length === 1 ? FLOW_TYPES[keys[0]!.toLowerCase()] : undefined;
  return { type, root };
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/** The value under a key, whatever its case (`dataAction`, `DataAction`). */
export function entryIgnoringCase(mapping: Record<string, unknown>, key: string): unknown {
  const wanted = key.toLowerCase();
  return Object.entries(mapping).find(([name]) => name.toLowerCase() === wanted)?.[1];
}

/** Every node of the document with its JSON-style path and the chain of keys above it, depth first. */
export function* walkFlow(root: unknown): Generator<{ node: unknown; path: string; parentKey?: string }> {
  const stack: Array<{ node: unknown; path: string; parentKey?: string }> = [{ node: root, path: "$" }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    yield entry;
    const { node, path } = entry;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ node: node[i], path: `${path}[${i}]`, parentKey: entry.parentKey });
    } else if (isMapping(node)) {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({ node: child, path: `${path}.${key}`, parentKey: key });
      }
    }
  }
}
