import { tokenize, unescapeString, type Token } from "./tokens";

/** A traversal step after a value: `.name`, `[index]`. */
export type Step = { kind: "attribute"; name: string } | { kind: "index"; index: Expression };

/** The syntax tree of one HCL expression. Every node keeps its source text for unresolved results. */
export type Expression = { source: string } & (
  | { kind: "literal"; value: string | number | boolean | null }
  | { kind: "template"; text: string }
  | { kind: "tuple"; items: Expression[] }
  | { kind: "object"; entries: Array<{ key: Expression; value: Expression }> }
  | { kind: "name"; name: string }
  | { kind: "traversal"; target: Expression; step: Step }
  | { kind: "splat"; target: Expression; steps: Step[] }
  | { kind: "call"; name: string; args: Expression[]; expandLast: boolean }
  | { kind: "unary"; operator: "!" | "-"; operand: Expression }
  | { kind: "binary"; operator: string; left: Expression; right: Expression }
  | { kind: "conditional"; condition: Expression; then: Expression; otherwise: Expression }
  | {
      kind: "for";
      produces: "tuple" | "object";
      keyName?: string;
      valueName: string;
      collection: Expression;
      key?: Expression;
      value: Expression;
      condition?: Expression;
      grouping: boolean;
    }
);

type Node<K extends Expression["kind"]> = Extract<Expression, { kind: K }>;

const BINARY_LEVELS = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];
/** Deeper nesting is refused: the parser recurses, and configurations never come near it. */
const MAX_DEPTH = 200;

class Parser {
  private position = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private take(text?: string): Token {
    const token = this.tokens[this.position];
    if (!token || (text !== undefined && token.text !== text)) throw new SyntaxError(`expected "${text ?? "a value"}"`);
    this.position++;
    return token;
  }

  private isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === "punct" && token.text === text;
  }

  private node<K extends Expression["kind"]>(start: number, fields: Omit<Node<K>, "source">): Expression {
    const end = this.tokens[this.position - 1]?.end ?? start;
    return { ...fields, source: this.source.slice(start, end).trim() } as unknown as Expression;
  }

  parseAll(): Expression {
    const expression = this.expression();
    if (this.position < this.tokens.length) throw new SyntaxError(`unexpected "${this.peek()!.text}"`);
    return expression;
  }

  expression(): Expression {
    if (++this.depth > MAX_DEPTH) throw new SyntaxError("expression nested too deeply");
    try {
      const start = this.peek()?.start ?? 0;
      const condition = this.binary(0);
      if (!this.isPunct("?")) return condition;
      this.take("?");
      const then = this.expression();
      this.take(":");
      const otherwise = this.expression();
      return this.node<"conditional">(start, { kind: "conditional", condition, then, otherwise });
    } finally {
      this.depth--;
    }
  }

  private binary(level: number): Expression {
    if (level >= BINARY_LEVELS.length) return this.unary();
    const start = this.peek()?.start ?? 0;
    let left = this.binary(level + 1);
    while (this.peek()?.kind === "punct" && BINARY_LEVELS[level]!.includes(this.peek()!.text)) {
      const operator = this.take().text;
      const right = this.binary(level + 1);
      left = this.node<"binary">(start, { kind: "binary", operator, left, right });
    }
    return left;
  }

  private unary(): Expression {
    const start = this.peek()?.start ?? 0;
    if (this.isPunct("!") || this.isPunct("-")) {
      const operator = this.take().text as "!" | "-";
      if (++this.depth > MAX_DEPTH) throw new SyntaxError("expression nested too deeply");
      const operand = this.unary();
      this.depth--;
      return this.node<"unary">(start, { kind: "unary", operator, operand });
    }
    return this.postfix(this.primary(), start);
  }

  /** `.name`, `[index]`; a splat (`[*]`, `.*`) applies the steps after it to every element. */
  private postfix(target: Expression, start: number): Expression {
    for (;;) {
      if (this.isPunct(".") && this.isPunct("*", 1)) {
        this.take(".");
        this.take("*");
        return this.node<"splat">(start, { kind: "splat", target, steps: this.splatSteps() });
      }
      if (this.isPunct("[") && this.isPunct("*", 1) && this.isPunct("]", 2)) {
        this.take("[");
        this.take("*");
        this.take("]");
        return this.node<"splat">(start, { kind: "splat", target, steps: this.splatSteps() });
      }
      const step = this.step();
      if (!step) return target;
      target = this.node<"traversal">(start, { kind: "traversal", target, step });
    }
  }

  private step(): Step | undefined {
    if (this.isPunct(".") && this.peek(1)?.kind === "ident") {
      this.take(".");
      return { kind: "attribute", name: this.take().text };
    }
    if (this.isPunct(".") && this.peek(1)?.kind === "number") {
      // Legacy index syntax: list.0
      this.take(".");
      const start = this.peek()!.start;
      const number = this.take();
      return { kind: "index", index: this.node<"literal">(start, { kind: "literal", value: Number(number.text) }) };
    }
    if (this.isPunct("[")) {
      this.take("[");
      const index = this.expression();
      this.take("]");
      return { kind: "index", index };
    }
    return undefined;
  }

  private splatSteps(): Step[] {
    const steps: Step[] = [];
    for (let step = this.step(); step; step = this.step()) steps.push(step);
    return steps;
  }

  private primary(): Expression {
    const token = this.take();
    const start = token.start;
    if (token.kind === "string")
      return this.node<"template">(start, { kind: "template", text: unescapeString(token.text) });
    if (token.kind === "number") return this.node<"literal">(start, { kind: "literal", value: Number(token.text) });
    if (token.text === "{") return this.isFor() ? this.forExpression(start, "object") : this.object(start);
    if (token.text === "[") return this.isFor() ? this.forExpression(start, "tuple") : this.tuple(start);
    if (token.text === "(") {
      const inner = this.expression();
      this.take(")");
      return { ...inner, source: this.source.slice(start, this.tokens[this.position - 1]!.end).trim() };
    }
    if (token.kind !== "ident") throw new SyntaxError(`unexpected "${token.text}"`);
    if (token.text === "true" || token.text === "false")
      return this.node<"literal">(start, { kind: "literal", value: token.text === "true" });
    if (token.text === "null") return this.node<"literal">(start, { kind: "literal", value: null });
    if (this.isPunct("(")) return this.call(start, token.text);
    return this.node<"name">(start, { kind: "name", name: token.text });
  }

  private isFor(): boolean {
    return this.peek()?.kind === "ident" && this.peek()!.text === "for" && this.peek(1)?.kind === "ident";
  }

  private forExpression(start: number, produces: "tuple" | "object"): Expression {
    this.take("for");
    let keyName: string | undefined;
    let valueName = this.take().text;
    if (this.isPunct(",")) {
      this.take(",");
      keyName = valueName;
      valueName = this.take().text;
    }
    if (this.take().text !== "in") throw new SyntaxError('expected "in"');
    const collection = this.expression();
    this.take(":");
    let key: Expression | undefined;
    let value = this.expression();
    let grouping = false;
    if (produces === "object") {
      this.take("=>");
      key = value;
      value = this.expression();
      if (this.isPunct("...")) {
        this.take("...");
        grouping = true;
      }
    }
    let condition: Expression | undefined;
    if (this.peek()?.kind === "ident" && this.peek()!.text === "if") {
      this.take("if");
      condition = this.expression();
    }
    this.take(produces === "object" ? "}" : "]");
    return this.node<"for">(start, {
      kind: "for",
      produces,
      keyName,
      valueName,
      collection,
      key,
      value,
      condition,
      grouping,
    });
  }

  private object(start: number): Expression {
    const entries: Array<{ key: Expression; value: Expression }> = [];
    while (this.peek() && !this.isPunct("}")) {
      const keyToken = this.peek()!;
      // A bare name is a literal key (`{ type = "object" }`); anything else is an expression.
      const key =
        keyToken.kind === "ident" && (this.isPunct("=", 1) || this.isPunct(":", 1))
          ? (this.take(), { kind: "literal" as const, value: keyToken.text, source: keyToken.text })
          : this.expression();
      const separator = this.take();
      if (separator.text !== "=" && separator.text !== ":") throw new SyntaxError('expected "=" or ":" in an object');
      entries.push({ key, value: this.expression() });
      if (this.isPunct(",")) this.take(",");
    }
    this.take("}");
    return this.node<"object">(start, { kind: "object", entries });
  }

  private tuple(start: number): Expression {
    const items: Expression[] = [];
    while (this.peek() && !this.isPunct("]")) {
      items.push(this.expression());
      if (this.isPunct(",")) this.take(",");
      else if (!this.isPunct("]")) throw new SyntaxError('expected "," or "]"');
    }
    this.take("]");
    return this.node<"tuple">(start, { kind: "tuple", items });
  }

  private call(start: number, name: string): Expression {
    this.take("(");
    const args: Expression[] = [];
    let expandLast = false;
    while (this.peek() && !this.isPunct(")")) {
      args.push(this.expression());
      if (this.isPunct("...")) {
        this.take("...");
        expandLast = true;
      }
      if (this.isPunct(",")) this.take(",");
      else if (!this.isPunct(")")) throw new SyntaxError('expected "," or ")"');
    }
    this.take(")");
    return this.node<"call">(start, { kind: "call", name, args, expandLast });
  }
}

/** Parses one HCL expression (the text inside `${...}`); throws SyntaxError on what HCL rejects. */
export function parseExpression(source: string): Expression {
  return new Parser(tokenize(source), source).parseAll();
}
