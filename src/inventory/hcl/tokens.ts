/** Tokens of an HCL expression; `start`/`end` locate each in the source so nodes keep their text. */
export type Token = { kind: "string" | "number" | "ident" | "punct"; text: string; start: number; end: number };

const PUNCT = [
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "=>",
  "...",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  ",",
  ":",
  "=",
  ".",
  "?",
  "+",
  "-",
  "*",
  "/",
  "%",
  "<",
  ">",
  "!",
];

/** The end of a quoted string starting at `i` (its opening quote); templates inside may hold quotes. */
function stringEnd(source: string, i: number): number {
  let j = i + 1;
  let depth = 0;
  while (j < source.length) {
    if (source[j] === "\\") j += 2;
    else if (
      (source.startsWith("${", j) || source.startsWith("%{", j)) &&
      source[j - 1] !== "$" &&
      source[j - 1] !== "%"
    ) {
      depth++;
      j += 2;
    } else if (source[j] === "}" && depth > 0) {
      depth--;
      j++;
    } else if (source[j] === '"' && depth === 0) return j;
    else j++;
  }
  throw new SyntaxError("unterminated string");
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "#" || (char === "/" && source[i + 1] === "/")) {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (char === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (char === '"') {
      const j = stringEnd(source, i);
      tokens.push({ kind: "string", text: source.slice(i + 1, j), start: i, end: j + 1 });
      i = j + 1;
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i, i + 64))!;
      tokens.push({ kind: "number", text: match[0], start: i, end: i + match[0].length });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_-]/.test(source[j]!)) j++;
      tokens.push({ kind: "ident", text: source.slice(i, j), start: i, end: j });
      i = j;
    } else {
      const punct = PUNCT.find((p) => source.startsWith(p, i));
      if (!punct) throw new SyntaxError(`unexpected "${char}"`);
      tokens.push({ kind: "punct", text: punct, start: i, end: i + punct.length });
      i += punct.length;
    }
  }
  return tokens;
}

export function unescapeString(text: string): string {
  return text.replace(
    /\\(["\\nrt])|\\u([0-9a-fA-F]{4})/g,
    (_m, simple: string | undefined, hex: string | undefined) => {
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      return ({ n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" } as Record<string, string>)[simple!]!;
    },
  );
}
