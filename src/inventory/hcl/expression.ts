/**
 * A small evaluator for the HCL expressions `@cdktf/hcl2json` leaves inside "${...}": literals,
 * objects and tuples, string templates, var./local. references, resource references, and the
 * functions a Genesys configuration uses (jsonencode, tostring, lower, upper, trimspace).
 * Anything else evaluates to Unknown: the engine then fails closed on it.
 */
export class Unknown {
  constructor(readonly expression: string) {}
}

/** A reference to another resource's attribute, kept symbolic (Terraform resolves it at apply). */
export class Reference {
  constructor(readonly path: string) {}
}

export type HclValue = string | number | boolean | null | HclValue[] | { [key: string]: HclValue } | Unknown | Reference;

export interface Scope {
  variable(name: string): HclValue | undefined;
  local(name: string): HclValue | undefined;
  /** Other symbols bound where the expression sits, such as a dynamic block's iterator. */
  symbol?(name: string): HclValue | undefined;
  /** The text of a file named in the configuration (file, templatefile), or undefined. */
  readFile?(file: string): string | undefined;
}

type Token = { kind: "string" | "number" | "ident" | "punct" | "heredoc"; text: string; raw?: string };

const PUNCT = ["==", "!=", "<=", ">=", "&&", "||", "=>", "...", "{", "}", "[", "]", "(", ")", ",", ":", "=", ".", "?", "+", "-", "*", "/", "%", "<", ">", "!"];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "#" || (char === "/" && source[i + 1] === "/")) {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (char === '"') {
      let j = i + 1;
      let depth = 0;
      while (j < source.length) {
        if (source[j] === "\\") j += 2;
        else if (source.startsWith("${", j) && source[j - 1] !== "$") {
          depth++;
          j += 2;
        } else if (source[j] === "}" && depth > 0) {
          depth--;
          j++;
        } else if (source[j] === '"' && depth === 0) break;
        else j++;
      }
      tokens.push({ kind: "string", text: source.slice(i + 1, j) });
      i = j + 1;
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i))!;
      tokens.push({ kind: "number", text: match[0] });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!;
      tokens.push({ kind: "ident", text: match[0] });
      i += match[0].length;
    } else {
      const punct = PUNCT.find((p) => source.startsWith(p, i));
      if (!punct) throw new SyntaxError(`unexpected "${char}"`);
      tokens.push({ kind: "punct", text: punct });
      i += punct.length;
    }
  }
  return tokens;
}

function unescapeString(text: string): string {
  return text.replace(/\\(["\\nrt])|\\u([0-9a-fA-F]{4})/g, (_m, simple: string | undefined, hex: string | undefined) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return ({ n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" } as Record<string, string>)[simple!]!;
  });
}


/** The text Terraform would leave for a value inside a string. */
function render(value: HclValue): string {
  if (value instanceof Reference) return `\${${value.path}}`;
  if (value instanceof Unknown) return `\${${value.expression}}`;
  if (value === null) return "";
  if (typeof value === "object") return JSON.stringify(toJson(value));
  return String(value);
}

/** A value as JSON, with references and unknowns kept as their "${...}" text. */
export function toJson(value: HclValue): unknown {
  if (value instanceof Reference || value instanceof Unknown) return render(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, toJson((value as Record<string, HclValue>)[key]!)]));
  }
  return value;
}

/** Evaluates a string template: `$${` is a literal `${`, every `${expr}` is evaluated. */
export function evaluateTemplate(text: string, scope: Scope): HclValue {
  const parts: HclValue[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i)) {
      literal += "${";
      i += 3;
      continue;
    }
    if (text.startsWith("%{", i) && !text.startsWith("%%{", i)) return new Unknown(text);
    if (text.startsWith("${", i)) {
      let depth = 1;
      let j = i + 2;
      let quoted = false;
      while (j < text.length && depth > 0) {
        const char = text[j]!;
        if (char === "\\" && quoted) j++;
        else if (char === '"') quoted = !quoted;
        else if (!quoted && char === "{") depth++;
        else if (!quoted && char === "}") depth--;
        j++;
      }
      if (literal) parts.push(literal);
      literal = "";
      parts.push(evaluateExpression(text.slice(i + 2, j - 1), scope));
      i = j;
      continue;
    }
    literal += text[i];
    i++;
  }
  if (literal) parts.push(literal);
  if (parts.length === 1 && typeof parts[0] !== "string") return parts[0]!;
  return parts.map((part) => (typeof part === "string" ? part : render(part))).join("");
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[], private readonly scope: Scope, private readonly source: string) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private take(text?: string): Token {
    const token = this.tokens[this.position];
    if (!token || (text !== undefined && token.text !== text)) throw new SyntaxError(`expected "${text ?? "a value"}"`);
    this.position++;
    return token;
  }

  parseAll(): HclValue {
    const value = this.expression();
    if (this.position < this.tokens.length) return new Unknown(this.source.trim());
    return value;
  }

  private expression(): HclValue {
    const value = this.postfix(this.primary());
    const next = this.peek();
    if (next?.kind === "punct" && ["?", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "<=", ">="].includes(next.text)) {
      this.position = this.tokens.length;
      return new Unknown(this.source.trim());
    }
    return value;
  }

  private postfix(value: HclValue): HclValue {
    for (;;) {
      const next = this.peek();
      if (next?.text === "." && this.peek(1)?.kind === "ident") {
        this.take(".");
        const name = this.take().text;
        value = value instanceof Reference ? new Reference(`${value.path}.${name}`) : value instanceof Unknown ? new Unknown(`${value.expression}.${name}`) : value && typeof value === "object" && !Array.isArray(value) ? ((value as Record<string, HclValue>)[name] ?? new Unknown(name)) : new Unknown(name);
      } else if (next?.text === "[") {
        this.take("[");
        const index = this.expression();
        this.take("]");
        if (Array.isArray(value) && typeof index === "number") value = value[index] ?? new Unknown(`[${index}]`);
        else if (value instanceof Reference) value = new Reference(`${value.path}[${render(index)}]`);
        else value = new Unknown(value instanceof Unknown ? `${value.expression}[${render(index)}]` : `[${render(index)}]`);
      } else return value;
    }
  }

  private primary(): HclValue {
    const token = this.take();
    if (token.kind === "string") return evaluateTemplate(unescapeString(token.text), this.scope);
    if (token.kind === "number") return Number(token.text);
    if (token.text === "{") return this.object();
    if (token.text === "[") return this.tuple();
    if (token.text === "(") {
      const inner = this.expression();
      this.take(")");
      return inner;
    }
    if (token.text === "-" && this.peek()?.kind === "number") return -Number(this.take().text);
    if (token.kind !== "ident") throw new SyntaxError(`unexpected "${token.text}"`);
    if (token.text === "true") return true;
    if (token.text === "false") return false;
    if (token.text === "null") return null;
    if (this.peek()?.text === "(") return this.call(token.text);
    if (token.text === "var" || token.text === "local") {
      this.take(".");
      const name = this.take().text;
      const value = token.text === "var" ? this.scope.variable(name) : this.scope.local(name);
      return value === undefined ? new Unknown(`${token.text}.${name}`) : value;
    }
    if (token.text === "data" && this.peek()?.text === ".") {
      this.take(".");
      const type = this.take().text;
      this.take(".");
      const name = this.take().text;
      return new Reference(`data.${type}.${name}`);
    }
    if (this.peek()?.text === "." && token.text.includes("_")) {
      this.take(".");
      const name = this.take().text;
      return new Reference(`${token.text}.${name}`);
    }
    return this.scope.symbol?.(token.text) ?? new Unknown(token.text);
  }

  private object(): HclValue {
    const result: Record<string, HclValue> = {};
    while (this.peek() && this.peek()!.text !== "}") {
      const keyToken = this.take();
      const key = keyToken.kind === "string" ? render(evaluateTemplate(unescapeString(keyToken.text), this.scope)) : keyToken.text;
      const separator = this.take();
      if (separator.text !== "=" && separator.text !== ":") throw new SyntaxError(`expected "=" or ":" after ${key}`);
      result[key] = this.expression();
      if (this.peek()?.text === ",") this.take(",");
    }
    this.take("}");
    return result;
  }

  private tuple(): HclValue {
    const result: HclValue[] = [];
    while (this.peek() && this.peek()!.text !== "]") {
      if (this.peek()?.kind === "ident" && this.peek()?.text === "for") {
        this.position = this.tokens.length;
        return new Unknown(this.source.trim());
      }
      result.push(this.expression());
      if (this.peek()?.text === ",") this.take(",");
    }
    this.take("]");
    return result;
  }

  /** templatefile(path, vars): the file rendered as a template in which only `vars` are bound. */
  private templateFile(file: HclValue, vars: HclValue | undefined): HclValue {
    const text = typeof file === "string" ? this.scope.readFile?.(file) : undefined;
    if (text === undefined || !vars || typeof vars !== "object" || Array.isArray(vars) || vars instanceof Reference || vars instanceof Unknown) return new Unknown("templatefile(...)");
    const bound = vars as Record<string, HclValue>;
    return evaluateTemplate(text, { variable: () => undefined, local: () => undefined, symbol: (symbol) => bound[symbol], readFile: this.scope.readFile });
  }

  private call(name: string): HclValue {
    this.take("(");
    const args: HclValue[] = [];
    while (this.peek() && this.peek()!.text !== ")") {
      args.push(this.expression());
      if (this.peek()?.text === ",") this.take(",");
    }
    this.take(")");
    const [first] = args;
    if (first === undefined || args.some((arg) => arg instanceof Unknown)) return new Unknown(`${name}(...)`);
    switch (name) {
      case "jsonencode":
        return JSON.stringify(toJson(first));
      case "tostring":
        return render(first);
      case "tonumber":
        return Number(first);
      case "lower":
        return typeof first === "string" ? first.toLowerCase() : new Unknown(`${name}(...)`);
      case "upper":
        return typeof first === "string" ? first.toUpperCase() : new Unknown(`${name}(...)`);
      case "file":
        return (typeof first === "string" ? this.scope.readFile?.(first) : undefined) ?? new Unknown(`${name}(...)`);
      case "templatefile":
        return this.templateFile(first, args[1]);
      case "toset":
        return Array.isArray(first) ? [...new Map(first.map((item) => [JSON.stringify(toJson(item)), item])).values()] : new Unknown(`${name}(...)`);
      case "tolist":
        return Array.isArray(first) ? first : new Unknown(`${name}(...)`);
      case "trimspace":
        return typeof first === "string" ? first.trim() : new Unknown(`${name}(...)`);
      default:
        return new Unknown(`${name}(...)`);
    }
  }
}

/** Evaluates one HCL expression; syntax it does not know is Unknown, never an error. */
export function evaluateExpression(source: string, scope: Scope): HclValue {
  try {
    return new Parser(tokenize(source), scope, source).parseAll();
  } catch {
    return new Unknown(source.trim());
  }
}
