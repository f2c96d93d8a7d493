/**
 * A static evaluator for the HCL expressions `@cdktf/hcl2json` leaves inside "${...}": literals,
 * objects and tuples, string templates, operators and conditionals, `for` expressions, splats,
 * var./local. references, resource references, and the Terraform functions configurations use
 * (functions.ts). Whatever is not known before plan evaluates to Unknown, and an expression
 * Terraform would reject is Unknown too: the engine then fails closed on it.
 */
import { BudgetExceeded, EvaluationBudget } from "./budget";
import { conditionalResult } from "./conversions";
import { callFunction, NOT_KNOWN, type CallContext } from "./functions";
import { exactArithmetic, exactNumber } from "./numbers";
import type { Expression, Step } from "./syntax";
import { templateSyntax, TemplateSyntaxError } from "./template-syntax";
import {
  asBool,
  asNumber,
  asString,
  EvaluationFailure,
  isObject,
  isPending,
  isSet,
  isWhollyKnown,
  NotExact,
  Reference,
  render,
  sameValue,
  setEntry,
  sortedKeys,
  toJson,
  Unknown,
  type HclObject,
  type HclValue,
} from "./values";

export { toJson, type HclValue };

export interface Scope {
  variable(name: string): HclValue | undefined;
  local(name: string): HclValue | undefined;
  /** Other symbols bound where the expression sits: a dynamic block's iterator, `count`, `each`, `path`. */
  symbol?(name: string): HclValue | undefined;
  /** The text of a file named in the configuration (file, templatefile), or undefined. */
  readFile?(file: string): string | undefined;
  /** What evaluating the whole input may still cost; one is made per evaluation when absent. */
  budget?: EvaluationBudget;
}

function withBudget(scope: Scope, budget: EvaluationBudget): Scope {
  return scope.budget === budget ? scope : { ...scope, budget };
}

function withSymbols(scope: Scope, symbols: Record<string, HclValue>): Scope {
  return { ...scope, symbol: (name) => (Object.hasOwn(symbols, name) ? symbols[name] : scope.symbol?.(name)) };
}

/** The kinds of expression that make a new value (a reference only names one that exists). */
const BUILDS = new Set<Expression["kind"]>(["tuple", "object", "for", "splat", "call", "template", "binary"]);

class Evaluator {
  private readonly budget: EvaluationBudget;
  private readonly scope: Scope;
  constructor(scope: Scope) {
    this.budget = scope.budget ?? new EvaluationBudget();
    this.scope = withBudget(scope, this.budget);
  }

  private unknown(expression: Expression): Unknown {
    return new Unknown(expression.source);
  }

  evaluate(expression: Expression): HclValue {
    return this.budget.nested(expression.source, () => {
      this.budget.step(expression.source);
      let value: HclValue;
      try {
        value = this.evaluateNode(expression);
      } catch (error) {
        // What the evaluator cannot give exactly is unresolved where it arises, never a guess.
        if (error instanceof NotExact) return this.unknown(expression);
        throw error;
      }
      // What the node built (not what a reference merely names) counts by its size.
      if (BUILDS.has(expression.kind)) this.budget.built(value, expression.source);
      return value;
    });
  }

  private evaluateNode(expression: Expression): HclValue {
    switch (expression.kind) {
      case "literal":
        return literalValue(expression.value, expression.source);
      case "template":
        // Literal parts too: a number interpolated as a literal keeps its exact decimal (literalValue), text is NFC.
        return joinParts(expression.parts.map((part) => this.evaluate(part)));
      case "join":
        return this.join(expression);
      case "unsupported":
        return this.unknown(expression);
      case "invalid":
        throw new EvaluationFailure(expression.reason);
      case "tuple":
        return expression.items.map((item) => this.evaluate(item));
      case "object": {
        const result: HclObject = {};
        for (const entry of expression.entries) {
          const key = this.evaluate(entry.key);
          if (!isWhollyKnown(key)) return this.unknown(expression);
          setEntry(result, asString(key, "object key"), this.evaluate(entry.value));
        }
        return result;
      }
      case "name":
      case "traversal":
        return this.traversal(expression);
      case "splat":
        return this.splat(expression);
      case "call":
        return this.call(expression);
      case "unary":
        return this.unary(expression);
      case "binary":
        return this.binary(expression);
      case "conditional":
        return this.conditional(expression);
      case "for":
        return this.forExpression(expression);
    }
  }

  /** `root.step[step]…`, with var., local., data. and resource references resolved first. */
  private traversal(expression: Expression): HclValue {
    const steps: Step[] = [];
    let root = expression;
    while (root.kind === "traversal") {
      steps.unshift(root.step);
      root = root.target;
    }
    if (root.kind !== "name") return this.applySteps(this.evaluate(root), steps, expression);
    const name = root.name;
    const attribute = (at: number) =>
      steps[at]?.kind === "attribute" ? (steps[at] as { name: string }).name : undefined;
    // A name a `for` or a dynamic block's iterator binds shadows the module's own, `var` and `local` included:
    // `[for var in [{ f = "cardNumber" }] : var.f]` is "cardNumber" whatever var.f holds (terraform 1.11.4).
    const bound = this.scope.symbol?.(name);
    if (bound !== undefined) return this.applySteps(bound, steps, expression);
    if (name === "var" || name === "local") {
      const variable = attribute(0);
      if (variable === undefined) return this.unknown(expression);
      const value = name === "var" ? this.scope.variable(variable) : this.scope.local(variable);
      return value === undefined ? this.unknown(expression) : this.applySteps(value, steps.slice(1), expression);
    }
    if (name === "data" && attribute(0) && attribute(1))
      return this.applySteps(new Reference(`data.${attribute(0)}.${attribute(1)}`), steps.slice(2), expression);
    if (name.includes("_") && attribute(0))
      return this.applySteps(new Reference(`${name}.${attribute(0)}`), steps.slice(1), expression);
    return this.unknown(expression);
  }

  private applySteps(value: HclValue, steps: Step[], whole: Expression): HclValue {
    let current = value;
    for (const step of steps) {
      const key = step.kind === "attribute" ? step.name : this.evaluate(step.index);
      if (current instanceof Unknown || !isWhollyKnown(key)) return this.unknown(whole);
      if (current instanceof Reference) {
        current = new Reference(
          step.kind === "attribute"
            ? `${current.path}.${step.name}`
            : `${current.path}[${typeof key === "string" ? JSON.stringify(key) : render(key)}]`,
        );
        continue;
      }
      if (isSet(current)) throw new EvaluationFailure("a set cannot be indexed");
      if (Array.isArray(current)) {
        const index = asNumber(key, "index");
        if (!Number.isInteger(index) || index < 0 || index >= current.length)
          throw new EvaluationFailure(`index ${index} out of range`);
        current = current[index]!;
      } else if (isObject(current)) {
        const name = asString(key, "key");
        if (!Object.hasOwn(current, name)) throw new EvaluationFailure(`no attribute "${name}"`);
        current = current[name]!;
      } else throw new EvaluationFailure("cannot index a primitive value");
    }
    return current;
  }

  /** `list[*].a.b`: the steps applied to every element; a single non-list value is a one-element list. */
  private splat(expression: Extract<Expression, { kind: "splat" }>): HclValue {
    const target = this.evaluate(expression.target);
    if (target instanceof Reference) {
      return new Reference(
        `${target.path}[*]${expression.steps.map((step) => (step.kind === "attribute" ? `.${step.name}` : `[${render(this.evaluate(step.index))}]`)).join("")}`,
      );
    }
    if (isPending(target)) return this.unknown(expression);
    const items = target === null ? [] : Array.isArray(target) ? target : [target];
    return items.map((item) => this.applySteps(item, expression.steps, expression));
  }

  private call(expression: Extract<Expression, { kind: "call" }>): HclValue {
    if (expression.name === "try" || expression.name === "can") return this.attempt(expression);
    let args = expression.args.map((arg) => this.evaluate(arg));
    // A function's work grows with its arguments (a regular expression over a long text): it is counted.
    this.budget.arguments(args, expression.source);
    if (expression.expandLast) {
      const last = args[args.length - 1];
      if (!Array.isArray(last)) return this.unknown(expression);
      args = [...args.slice(0, -1), ...last];
    }
    const context: CallContext = {
      readFile: this.scope.readFile,
      renderTemplate: (text, variables) => {
        const scope: Scope = {
          variable: () => undefined,
          local: () => undefined,
          symbol: (name) => variables[name],
          readFile: this.scope.readFile,
          budget: this.budget,
        };
        try {
          return evaluateTemplate(text, scope);
        } catch (error) {
          // A template file Terraform cannot parse is templatefile()'s error, which try() catches.
          if (error instanceof TemplateSyntaxError) throw new EvaluationFailure(error.message);
          throw error;
        }
      },
    };
    const result = callFunction(expression.name, args, context);
    return result === NOT_KNOWN ? this.unknown(expression) : result;
  }

  /** try(): the first argument Terraform could evaluate without an error; can(): whether the first could be. */
  private attempt(expression: Extract<Expression, { kind: "call" }>): HclValue {
    if (expression.name === "can" && expression.args.length !== 1) throw new NotExact("can() takes one argument");
    for (const arg of expression.args) {
      let value: HclValue;
      try {
        value = this.evaluate(arg);
      } catch (error) {
        if (error instanceof EvaluationFailure) {
          if (expression.name === "can") return false;
          continue;
        }
        throw error;
      }
      // An unknown argument might still fail at plan time: which argument wins is not known.
      if (!isWhollyKnown(value)) return this.unknown(expression);
      return expression.name === "can" ? true : value;
    }
    if (expression.name === "can") return this.unknown(expression);
    throw new EvaluationFailure("try: no argument could be evaluated");
  }

  /**
   * `cond ? a : b`: the result Terraform gives has the type both results unify to (`true ? 1 : "a"`
   * is "1"); the result not taken only decides that type, and its errors do not count.
   */
  private conditional(expression: Extract<Expression, { kind: "conditional" }>): HclValue {
    const condition = this.evaluate(expression.condition);
    if (isPending(condition)) return this.unknown(expression);
    const taken = asBool(condition, "condition");
    const chosen = this.evaluate(taken ? expression.then : expression.otherwise);
    let other: HclValue;
    try {
      other = this.evaluate(taken ? expression.otherwise : expression.then);
    } catch (error) {
      if (error instanceof EvaluationFailure) return chosen;
      throw error;
    }
    if (isPending(chosen)) return chosen;
    if (isWhollyKnown(chosen) && isWhollyKnown(other)) return conditionalResult(chosen, other);
    if (typeof chosen === "string" && (isPending(other) || typeof other === "string")) return chosen;
    if (chosen === null || (typeof chosen !== "object" && typeof chosen === typeof other)) return chosen;
    throw new NotExact("conditional: the type of a result not yet known");
  }

  private unary(expression: Extract<Expression, { kind: "unary" }>): HclValue {
    const operand = this.evaluate(expression.operand);
    if (!isWhollyKnown(operand)) return this.unknown(expression);
    if (expression.operator === "!") return !asBool(operand, "!");
    const number = asNumber(operand, "-");
    if (number === 0) throw new NotExact("-0");
    return -number;
  }

  private binary(expression: Extract<Expression, { kind: "binary" }>): HclValue {
    const left = this.evaluate(expression.left);
    const right = this.evaluate(expression.right);
    if (!isWhollyKnown(left) || !isWhollyKnown(right)) return this.unknown(expression);
    const op = expression.operator;
    if (op === "==") return sameValue(left, right);
    if (op === "!=") return !sameValue(left, right);
    // Both operands must be bools, even where the first decides (Terraform does not short-circuit).
    if (op === "&&" || op === "||") {
      const [a, b] = [asBool(left, op), asBool(right, op)];
      return op === "&&" ? a && b : a || b;
    }
    const a = asNumber(left, op);
    const b = asNumber(right, op);
    switch (op) {
      case "+":
      case "-":
      case "*":
      case "/":
      case "%": {
        // Terraform's remainder by zero is the dividend.
        if (op === "%" && b === 0) return a;
        const result = exactArithmetic(op, a, b);
        if (result === undefined) throw new NotExact(`${op}: a result the evaluator cannot give exactly`);
        return result;
      }
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      default:
        return a >= b;
    }
  }

  /** `%{for}`: the strings its loop makes, one after another. */
  private join(expression: Extract<Expression, { kind: "join" }>): HclValue {
    const items = this.evaluate(expression.loop);
    if (!Array.isArray(items)) return this.unknown(expression);
    return joinParts(items);
  }

  private forExpression(expression: Extract<Expression, { kind: "for" }>): HclValue {
    const collection = this.evaluate(expression.collection);
    if (isPending(collection) || collection === null || typeof collection !== "object") {
      if (!isPending(collection)) throw new EvaluationFailure("for: expected a collection");
      return this.unknown(expression);
    }
    const entries: Array<[HclValue, HclValue]> = Array.isArray(collection)
      ? collection.map((item, index) => [index, item])
      : sortedKeys(collection).map((key) => [key, collection[key]!]);
    // A set's elements are their own keys.
    if (isSet(collection)) entries.forEach((entry) => (entry[0] = entry[1]));
    // Terraform checks the condition's type even when there is no element to test it on.
    if (expression.condition && entries.length === 0) throw new NotExact("for: a condition over no elements");
    const tuple: HclValue[] = [];
    const object: HclObject = {};
    const groups = new Map<string, HclValue[]>();
    for (const [key, value] of entries) {
      const inner = new Evaluator(
        withSymbols(
          this.scope,
          expression.keyName
            ? { [expression.keyName]: key, [expression.valueName]: value }
            : { [expression.valueName]: value },
        ),
      );
      if (expression.condition) {
        const keep = inner.evaluate(expression.condition);
        if (!isWhollyKnown(keep)) return this.unknown(expression);
        if (!asBool(keep, "for ... if")) continue;
      }
      if (expression.produces === "tuple") {
        tuple.push(inner.evaluate(expression.value));
        continue;
      }
      const name = inner.evaluate(expression.key!);
      if (!isWhollyKnown(name)) return this.unknown(expression);
      const text = asString(name, "for key");
      if (expression.grouping) groups.set(text, [...(groups.get(text) ?? []), inner.evaluate(expression.value)]);
      else if (Object.hasOwn(object, text))
        throw new EvaluationFailure(`for: duplicate key "${text}" (use ... to group)`);
      else setEntry(object, text, inner.evaluate(expression.value));
    }
    if (expression.grouping) groups.forEach((items, key) => setEntry(object, key, items));
    return expression.produces === "tuple" ? tuple : object;
  }
}

/** A literal as Terraform reads it: a number only when a double keeps exactly its decimal, strings in NFC. */
function literalValue(value: string | number | boolean | null, source: string): HclValue {
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value !== "number") return value;
  const text = source.trim();
  // The parser's source of a number literal is its decimal text; anything else is checked by value.
  const exact = exactNumber(/^[\d.eE+-]+$/.test(text) ? text : String(value));
  if (exact === undefined || exact !== value) throw new NotExact(`the number ${text}`);
  return exact;
}

/**
 * Evaluates a string as Terraform reads it from hcl2json's JSON: a template, parsed by Terraform's
 * parser (template-syntax.ts). Throws TemplateSyntaxError when Terraform would reject it, and
 * BudgetExceeded past the input's budget. An expression Terraform would reject makes the whole
 * template unresolved (Terraform rejects the whole configuration).
 */
export function evaluateTemplate(text: string, scope: Scope): HclValue {
  const budget = scope.budget ?? new EvaluationBudget();
  const expression = templateSyntax(text);
  return budget.run(() => evaluateWritten(expression, withBudget(scope, budget)));
}

/**
 * Renders interpolated values into one string, as Terraform does; interpolating null or a collection
 * is an error Terraform reports, so try() and can() see it.
 */
function joinParts(parts: HclValue[]): HclValue {
  if (parts.some((part) => part === null || (typeof part === "object" && !isPending(part)))) {
    throw new EvaluationFailure("a template interpolates null or a collection");
  }
  const rendered = parts.map((part) => (typeof part === "string" ? part : render(part)));
  // Locals that each repeat the one before grow exponentially; such a value is not assessed as text.
  if (rendered.reduce((total, part) => total + part.length, 0) > MAX_TEMPLATE_LENGTH)
    return new Unknown("a value too long to evaluate");
  return rendered.join("").normalize("NFC");
}

const MAX_TEMPLATE_LENGTH = 1_000_000;

/**
 * Evaluates an expression as written in the configuration (a whole argument): one Terraform would
 * reject is Unknown, never an error; a budget exceeded inside it names it, unless an expression
 * written deeper (a local it uses) already did.
 */
function evaluateWritten(expression: Expression, scope: Scope): HclValue {
  try {
    return new Evaluator(scope).evaluate(expression);
  } catch (error) {
    if (error instanceof EvaluationFailure || error instanceof RangeError) return new Unknown(expression.source.trim());
    if (error instanceof BudgetExceeded) error.writtenAs(expression.source.trim());
    throw error;
  }
}

/** Evaluates with extra symbols bound (`count`, `each`), as a resource instance sees them. */
export function scopeWith(scope: Scope, symbols: Record<string, HclValue>): Scope {
  return withSymbols(scope, symbols);
}
