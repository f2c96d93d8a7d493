/**
 * Every string @cdktf/hcl2json leaves in a document is a template (`"${var.x}"`, `"a-${b}"`,
 * `"%{if c}…%{endif}"`). Terraform's own parser (getExpressionAst) reads them: a document's strings
 * before evaluation, fifty per call, the trees kept here by text; evaluation then only looks them
 * up. A text met only during evaluation (a template file) is parsed when met. The parser is
 * asynchronous WebAssembly; it runs in a worker that this thread waits for (parse-ast-sync.ts), so
 * the synchronous evaluator and the CDKTF aspect use it alike.
 */
import { parseAstSync, type AstAnswer } from "./parse-ast-sync";
import type { Expression } from "./syntax";
import { toExpression, type AstNode, type AstSource } from "./terraform-ast";

/** Terraform's parser rejects the template: Terraform would reject the configuration. */
export class TemplateSyntaxError extends Error {
  constructor(
    readonly template: string,
    readonly detail: string,
  ) {
    super(`Terraform cannot parse the template "${clip(template)}": ${detail}`);
    this.name = "TemplateSyntaxError";
  }
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/** Trees already parsed, by template text; bounded so a huge input cannot keep them all. */
const parsed = new Map<string, Expression | TemplateSyntaxError>();
const MAX_CACHED = 200_000;

function remember(text: string, result: Expression | TemplateSyntaxError): void {
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(text, result);
}

/** `${a.b.c}`: a reference, the commonest template by far, is read without a round trip to the parser (test/inventory/template-syntax.test.ts checks it against Terraform's). */
const PLAIN_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\}$/;

/** `$${` and `%%{` (a literal `${`, `%{`), not next to another `$` or `%`, in text with no other `${` or `%{`. */
const ESCAPE = /(?<![$%])(\$\$\{|%%\{)/g;
const OPENING = /[$%]\{/;

/** The tree of a text that needs no parser: plain text (its escapes decoded), or one plain reference. */
function withoutParser(text: string): Expression | undefined {
  if (!OPENING.test(text.replace(ESCAPE, "")))
    return { kind: "literal", value: text.replace(ESCAPE, (escape) => escape.slice(1)), source: text };
  const match = PLAIN_REFERENCE.exec(text);
  if (!match || ["true", "false", "null"].includes(match[1]!)) return undefined;
  let expression: Expression = { kind: "name", name: match[1]!, source: match[1]! };
  for (const name of match[2]!.split(".").slice(1))
    expression = {
      kind: "traversal",
      target: expression,
      step: { kind: "attribute", name },
      source: `${expression.source}.${name}`,
    };
  return expression;
}

/** A heredoc holding the text as written: heredocs, like hcl2json's strings, decode no backslash escapes. */
function heredoc(text: string): { source: string; delimiter: string } {
  let delimiter = "DPIA_TEMPLATE";
  while (text.includes(delimiter)) delimiter += "_";
  return { source: `<<${delimiter}\n${text}\n${delimiter}\n`, delimiter };
}

/** Several templates as one tuple of heredocs, so one call parses them all. */
function batchSource(texts: string[]): string {
  return `[\n${texts.map((text) => heredoc(text).source).join(",\n")}]`;
}

/** The tree of one template from its heredoc's node; `start` is the byte where the template's text begins. */
function templateTree(node: AstNode, bytes: Buffer, start: number, text: string): Expression {
  const at: AstSource = { bytes, contentEnd: start + Buffer.byteLength(text) };
  const mapped = toExpression(node, at, "heredoc");
  if (mapped.kind !== "template") return { kind: "unsupported", source: text };
  if (mapped.parts.length === 0) return { kind: "literal", value: "", source: text };
  // A template that is one interpolation and nothing else is that expression's value, unconverted.
  const [only] = mapped.parts;
  if (mapped.parts.length === 1 && !(only!.kind === "literal" && typeof only!.value === "string")) return only!;
  return { ...mapped, source: text };
}

/** Maps a batch's answer (a tuple of heredocs) onto its templates; undefined when it failed. */
function batchTrees(texts: string[], answer: AstAnswer): Expression[] | undefined {
  if (!("ast" in answer)) return undefined;
  const root = answer.ast as AstNode | null;
  if (!root || root.type !== "tuple" || root.children.length !== texts.length) return undefined;
  const bytes = Buffer.from(batchSource(texts), "utf8");
  let offset = Buffer.byteLength("[\n");
  return texts.map((text, index) => {
    const { source, delimiter } = heredoc(text);
    const tree = templateTree(root.children[index]!, bytes, offset + Buffer.byteLength(`<<${delimiter}\n`), text);
    offset += Buffer.byteLength(source) + Buffer.byteLength(",\n");
    return tree;
  });
}

/** The first diagnostic of a parser error, without the call it came from. */
function diagnostic(error: string): string {
  const match = /:\d+,\d+-\d+: (.*?)(?:, and \d+ other diagnostic\(s\))?\s*$/s.exec(error);
  return (match?.[1] ?? error).split("\n\n")[0]!.trim();
}

/** Templates per call: large enough to amortise a call, small enough that one bad template costs little. */
const BATCH = 50;

function batchesOf(texts: string[]): string[][] {
  const batches: string[][] = [];
  for (let index = 0; index < texts.length; index += BATCH) batches.push(texts.slice(index, index + BATCH));
  return batches;
}

/** The texts that still need the parser. */
function unparsed(texts: Iterable<string>): string[] {
  const needed = new Set<string>();
  for (const text of texts) {
    if (parsed.has(text) || needed.has(text)) continue;
    const tree = withoutParser(text);
    if (tree) remember(text, tree);
    else needed.add(text);
  }
  return [...needed];
}

/** Records a batch: its trees, or, when the batch failed, each template parsed alone to find the one rejected. */
function recordBatch(texts: string[], answer: AstAnswer, alone: AstAnswer[] | undefined): boolean {
  const trees = batchTrees(texts, answer);
  if (trees) {
    texts.forEach((text, index) => remember(text, trees[index]!));
    return true;
  }
  if (!alone) return false;
  texts.forEach((text, index) => {
    const one = alone[index]!;
    const tree = batchTrees([text], one);
    remember(text, tree?.[0] ?? new TemplateSyntaxError(text, "error" in one ? diagnostic(one.error) : "no tree"));
  });
  return true;
}

/** Parses, ahead of evaluation, every template among `texts` not known yet, a batch per call. */
export function prepareTemplates(texts: Iterable<string>): void {
  for (const batch of batchesOf(unparsed(texts))) {
    const [answer] = parseAstSync([batchSource(batch)]);
    if (!recordBatch(batch, answer!, undefined))
      recordBatch(batch, answer!, parseAstSync(batch.map((text) => batchSource([text]))));
  }
}

/** The first template among `texts` Terraform's parser rejected, if any (after they were prepared). */
export function firstRejected(texts: Iterable<string>): TemplateSyntaxError | undefined {
  for (const text of texts) {
    const result = parsed.get(text);
    if (result instanceof TemplateSyntaxError) return result;
  }
  return undefined;
}

/** The tree of a template; parsed now (synchronously) if it was not prepared. Throws TemplateSyntaxError. */
export function templateSyntax(text: string): Expression {
  let result = parsed.get(text);
  if (result === undefined) {
    prepareTemplates([text]);
    result = parsed.get(text)!;
  }
  if (result instanceof TemplateSyntaxError) throw result;
  return result;
}

/** Every string inside a parsed document (hcl2json's JSON, or a .tf.json file), keys excepted. */
export function stringsOf(document: unknown): string[] {
  const strings: string[] = [];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") strings.push(value);
    // One push at a time: spreading a list of 200,000 items into push overflows the call stack.
    else if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value && typeof value === "object") for (const item of Object.values(value)) stack.push(item);
  }
  return strings;
}
