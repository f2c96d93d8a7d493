/** A traversal step after a value: `.name`, `[index]`. */
export type Step = { kind: "attribute"; name: string } | { kind: "index"; index: Expression };

/**
 * The syntax tree of one HCL expression or string template, as Terraform's own parser
 * (terraform-ast.ts) reads it. Every node keeps its source text for unresolved results.
 */
export type Expression = { source: string } & (
  | { kind: "literal"; value: string | number | boolean | null }
  /** A string template: its literal text and interpolations, joined into one string. */
  | { kind: "template"; parts: Expression[] }
  /** A `%{for}` directive: the tuple its loop makes, joined into one string. */
  | { kind: "join"; loop: Expression }
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
  /** Syntax Terraform accepts whose value the gate does not compute: always unresolved. */
  | { kind: "unsupported" }
  /** Syntax Terraform parses but refuses to evaluate (an ambiguous object key): an error, which try() and can() catch. */
  | {
      kind: "invalid";
      reason: string;
      /** What it names, which Terraform still checks is declared. */ names: Expression;
    }
);
