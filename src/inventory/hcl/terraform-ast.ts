/**
 * Terraform's own syntax tree of an expression (hclsyntax, as `@cdktf/hcl2json`'s getExpressionAst
 * gives it) mapped onto the evaluator's `Expression`. Terraform's parser decides the structure;
 * this file only names what it found. Literal text is given raw, as written: escapes are decoded
 * here by the rules of the template it sits in (quoted string or heredoc).
 */
import type { Expression, Step } from "./syntax";

/** One node of getExpressionAst's answer. */
export interface AstNode {
  type: string;
  children: AstNode[];
  meta?: Record<string, unknown>;
  range?: { start: { byte: number }; end: { byte: number } };
}

interface TraversalPart {
  type: "nameTraversal" | "indexTraversal";
  segment: string;
}

/** How literal text is written where it sits: quoted strings decode backslash escapes, heredocs do not. */
type TextMode = "quoted" | "heredoc";

/** What every node of one parse shares: the source as UTF-8 bytes (ranges count bytes) and where the caller's text ends. */
export interface AstSource {
  bytes: Buffer;
  /** Literal text at or beyond this byte was added around the caller's text, not written by them. */
  contentEnd: number;
}

const BINARY: Record<string, string> = {
  logicalOr: "||",
  logicalAnd: "&&",
  equal: "==",
  notEqual: "!=",
  greaterThan: ">",
  greaterThanOrEqual: ">=",
  lessThan: "<",
  lessThanOrEqual: "<=",
  add: "+",
  subtract: "-",
  multiply: "*",
  divide: "/",
  modulo: "%",
};

const QUOTED_ESCAPE = /\\(["\\nrt])|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})|\$\$\{|%%\{/g;
const HEREDOC_ESCAPE = /\$\$\{|%%\{/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

function decodeText(raw: string, mode: TextMode): string {
  if (mode === "heredoc") return raw.replace(HEREDOC_ESCAPE, (match) => match.slice(1));
  return raw.replace(
    QUOTED_ESCAPE,
    (match, simple: string | undefined, u4: string | undefined, u8: string | undefined) => {
      if (simple) return SIMPLE_ESCAPES[simple]!;
      if (u4 || u8) return String.fromCodePoint(parseInt((u4 ?? u8)!, 16));
      return match.slice(1);
    },
  );
}

function sourceOf(node: AstNode, at: AstSource): string {
  if (typeof node.meta?.value === "string") return node.meta.value;
  return node.range ? at.bytes.subarray(node.range.start.byte, node.range.end.byte).toString("utf8") : "";
}

function unsupported(node: AstNode, at: AstSource): Expression {
  return { kind: "unsupported", source: sourceOf(node, at) };
}

/** Maps one node; `mode` is how literal text is written in the template around it. */
export function toExpression(node: AstNode, at: AstSource, mode: TextMode = "quoted"): Expression {
  const source = sourceOf(node, at);
  const meta = node.meta ?? {};
  const child = (index: number, childMode: TextMode = mode) => toExpression(node.children[index]!, at, childMode);
  switch (node.type) {
    case "literalValue":
      return literal(node, at, mode);
    case "template":
      // The parser's raw text of a flush heredoc's lines (`<<-`) is not what it makes of them: unresolved.
      if (source.startsWith("<<-")) return unsupported(node, at);
      return template(node, at, source.startsWith('"') ? "quoted" : source.startsWith("<<") ? "heredoc" : mode);
    case "templateWrap":
    case "":
      // `"${x}"` is x's value unconverted; `(x)` is x; an object key's wrapper is its expression.
      return node.children.length === 1 ? child(0) : unsupported(node, at);
    case "templateJoin":
      return { kind: "join", loop: child(0), source };
    case "tuple":
      return { kind: "tuple", items: node.children.map((_, index) => child(index)), source };
    case "object":
      return object(node, at, source);
    case "scopeTraversal": {
      const [root, ...steps] = meta.traversal as TraversalPart[];
      return traversal({ kind: "name", name: root!.segment, source: root!.segment }, steps, source);
    }
    case "relativeTraversal":
      return traversal(child(0), meta.traversal as TraversalPart[], source);
    case "index":
      return { kind: "traversal", target: child(0), step: { kind: "index", index: child(1) }, source };
    case "splat":
      return splat(node, at, source);
    case "function":
      return {
        kind: "call",
        name: String(meta.name),
        args: node.children.map((_, index) => child(index)),
        expandLast: meta.expandedFinalArgument === true,
        source,
      };
    case "unaryOp":
      return { kind: "unary", operator: meta.operator === "negate" ? "-" : "!", operand: child(0), source };
    case "binaryOp": {
      const operator = BINARY[String(meta.operator)];
      if (!operator) return unsupported(node, at);
      return { kind: "binary", operator, left: child(0), right: child(1), source };
    }
    case "conditional":
      return { kind: "conditional", condition: child(0), then: child(1), otherwise: child(2), source };
    case "for":
      return forExpression(node, at, mode, source);
    default:
      return unsupported(node, at);
  }
}

function literal(node: AstNode, at: AstSource, mode: TextMode): Expression {
  const meta = node.meta ?? {};
  const raw = String(meta.value ?? "");
  switch (meta.type) {
    case "number": {
      const value = Number(raw);
      // Beyond a double's range Terraform's numbers (arbitrary precision) and ours part: unresolved.
      return Number.isFinite(value) ? { kind: "literal", value, source: raw } : unsupported(node, at);
    }
    case "bool":
      return { kind: "literal", value: raw === "true", source: raw };
    case "dynamic":
      return { kind: "literal", value: null, source: raw };
    case "string":
      return { kind: "literal", value: templateText(node, at, raw, mode), source: raw };
    default:
      return unsupported(node, at);
  }
}

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/** Literal text of a template: decoded, without what was added after the caller's text, and with `~` strip markers applied. */
function templateText(node: AstNode, at: AstSource, raw: string, mode: TextMode): string {
  let text = raw;
  const range = node.range;
  if (range && range.end.byte > at.contentEnd) {
    // Only the newline that closes the wrapping heredoc lies beyond the caller's text.
    text = text.slice(0, Math.max(0, text.length - (range.end.byte - Math.max(range.start.byte, at.contentEnd))));
  }
  text = decodeText(text, mode);
  if (range) {
    const before = at.bytes.subarray(Math.max(0, range.start.byte - 2), range.start.byte).toString("latin1");
    const after = at.bytes.subarray(range.end.byte, range.end.byte + 3).toString("latin1");
    if (before === "~}") text = text.replace(LEADING_SPACE, "");
    if (after === "${~" || after === "%{~") text = text.replace(TRAILING_SPACE, "");
  }
  return text;
}

function template(node: AstNode, at: AstSource, mode: TextMode): Expression {
  const parts = node.children
    .map((part) => toExpression(part, at, mode))
    .filter((part) => !(part.kind === "literal" && part.value === ""));
  return { kind: "template", parts, source: sourceOf(node, at) };
}

function object(node: AstNode, at: AstSource, source: string): Expression {
  const entries: Array<{ key: Expression; value: Expression }> = [];
  for (let index = 0; index + 1 < node.children.length; index += 2) {
    const keyNode = node.children[index]!;
    // A bare name as a key (`{ type = "object" }`) is its text; anything else is an expression, except a bare
    // reference of more than one step (`{ local.x = 1 }`), which Terraform refuses when it evaluates the object
    // ("Ambiguous attribute key": wrap it in parentheses), so that try() takes its next argument.
    const key: Expression =
      keyNode.children.length === 0
        ? { kind: "literal", value: sourceOf(keyNode, at), source: sourceOf(keyNode, at) }
        : isAmbiguousKey(keyNode)
          ? {
              kind: "invalid",
              reason: `ambiguous attribute key ${sourceOf(keyNode, at).trim()}: Terraform takes a reference as a key only in parentheses`,
              names: toExpression(keyNode, at),
              source: sourceOf(keyNode, at),
            }
          : toExpression(keyNode, at);
    entries.push({ key, value: toExpression(node.children[index + 1]!, at) });
  }
  return { kind: "object", entries, source };
}

/** `local.x` written as an object key without parentheses: the key's wrapper holds the traversal itself. */
function isAmbiguousKey(keyNode: AstNode): boolean {
  const [only] = keyNode.children;
  const steps = only?.meta?.traversal;
  return keyNode.children.length === 1 && only?.type === "scopeTraversal" && Array.isArray(steps) && steps.length > 1;
}

function stepOf(part: TraversalPart): Step {
  if (part.type === "nameTraversal") return { kind: "attribute", name: part.segment };
  const segment = part.segment as string | undefined;
  // The parser gives no segment for a keyword index (`x[true]`, `x[null]`): unresolved, never a crash.
  if (typeof segment !== "string") return { kind: "index", index: { kind: "unsupported", source: "" } };
  const value = segment.startsWith('"') ? decodeText(segment.slice(1, -1), "quoted") : Number(segment);
  return { kind: "index", index: { kind: "literal", value, source: segment } };
}

function traversal(target: Expression, parts: TraversalPart[], source: string): Expression {
  let current = target;
  parts.forEach((part, index) => {
    const step = stepOf(part);
    const text =
      index === parts.length - 1
        ? source
        : `${current.source}${part.type === "nameTraversal" ? `.${part.segment}` : `[${part.segment}]`}`;
    current = { kind: "traversal", target: current, step, source: text };
  });
  return current;
}

/** The steps a splat applies to each element: its each-expression, down to the anonymous symbol. */
function splatSteps(node: AstNode, at: AstSource): Step[] | undefined {
  if (node.type === "" && node.children.length === 0) return [];
  const inner = node.children[0] ? splatSteps(node.children[0], at) : undefined;
  if (!inner) return undefined;
  if (node.type === "relativeTraversal") return [...inner, ...(node.meta?.traversal as TraversalPart[]).map(stepOf)];
  if (node.type === "index" && node.children[1])
    return [...inner, { kind: "index", index: toExpression(node.children[1], at) }];
  return undefined;
}

function splat(node: AstNode, at: AstSource, source: string): Expression {
  const steps = node.children[1] ? splatSteps(node.children[1], at) : undefined;
  if (!steps || !node.children[0]) return unsupported(node, at);
  return { kind: "splat", target: toExpression(node.children[0], at), steps, source };
}

function forExpression(node: AstNode, at: AstSource, mode: TextMode, source: string): Expression {
  const meta = node.meta ?? {};
  const children = [...node.children];
  const collection = toExpression(children.shift()!, at, mode);
  const key = meta.keyExpression ? toExpression(children.shift()!, at, mode) : undefined;
  const value = toExpression(children.shift()!, at, mode);
  const condition = meta.conditionalExpression ? toExpression(children.shift()!, at, mode) : undefined;
  const keyName = typeof meta.keyVar === "string" && meta.keyVar ? meta.keyVar : undefined;
  return {
    kind: "for",
    produces: meta.openRangeValue === "{" ? "object" : "tuple",
    keyName,
    valueName: String(meta.valVar),
    collection,
    key,
    value,
    condition,
    grouping: meta.groupedValue === true,
    source,
  };
}
