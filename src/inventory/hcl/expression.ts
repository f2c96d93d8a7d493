/**
 * A static evaluator for the HCL expressions `@cdktf/hcl2json` leaves inside "${...}": literals,
 * objects and tuples, string templates, operators and conditionals, `for` expressions, splats,
 * var./local. references, resource references, and the Terraform functions configurations use
 * (functions.ts). Whatever is not known before plan evaluates to Unknown, and an expression
 * Terraform would reject is Unknown too: the engine then fails closed on it.
 */
import { callFunction, NOT_KNOWN, type CallContext } from "./functions";
import { parseExpression, type Expression, type Step } from "./syntax";
import {
  asBool,
  asNumber,
  asString,
  EvaluationFailure,
  isObject,
  isPending,
  isWhollyKnown,
  Reference,
  render,
  sameValue,
  toJson,
  Unknown,
  type HclObject,
  type HclValue,
} from "./values";

export { Reference, toJson, Unknown, type HclValue };

export interface Scope {
  variable(name: string): HclValue | undefined;
  local(name: string): HclValue | undefined;
  /** Other symbols bound where the expression sits: a dynamic block's iterator, `count`, `each`, `path`. */
  symbol?(name: string): HclValue | undefined;
  /** The text of a file named in the configuration (file, templatefile), or undefined. */
  readFile?(file: string): string | undefined;
}

function withSymbols(scope: Scope, symbols: Record<string, HclValue>): Scope {
  return { ...scope, symbol: (name) => (Object.hasOwn(symbols, name) ? symbols[name] : scope.symbol?.(name)) };
}

class Evaluator {
  constructor(private readonly scope: Scope) {}

  private unknown(expression: Expression): Unknown {
    return new Unknown(expression.source);
  }

  evaluate(expression: Expression): HclValue {
    switch (expression.kind) {
      case "literal":
        return expression.value;
      case "template":
        return evaluateTemplate(expression.text, this.scope);
      case "tuple":
        return expression.items.map((item) => this.evaluate(item));
      case "object": {
        const result: HclObject = {};
        for (const entry of expression.entries) {
          const key = this.evaluate(entry.key);
          if (!isWhollyKnown(key)) return this.unknown(expression);
          result[asString(key, "object key")] = this.evaluate(entry.value);
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
      case "conditional": {
        const condition = this.evaluate(expression.condition);
        if (isPending(condition)) return this.unknown(expression);
        return asBool(condition, "condition") ? this.evaluate(expression.then) : this.evaluate(expression.otherwise);
      }
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
    if (name === "var" || name === "local") {
      const variable = attribute(0);
      if (variable === undefined) return this.unknown(expression);
      const value = name === "var" ? this.scope.variable(variable) : this.scope.local(variable);
      return value === undefined ? this.unknown(expression) : this.applySteps(value, steps.slice(1), expression);
    }
    const bound = this.scope.symbol?.(name);
    if (bound !== undefined) return this.applySteps(bound, steps, expression);
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
    if (expression.expandLast) {
      const last = args[args.length - 1];
      if (!Array.isArray(last)) return this.unknown(expression);
      args = [...args.slice(0, -1), ...last];
    }
    const context: CallContext = {
      readFile: this.scope.readFile,
      renderTemplate: (text, variables) =>
        evaluateTemplate(text, {
          variable: () => undefined,
          local: () => undefined,
          symbol: (name) => variables[name],
          readFile: this.scope.readFile,
        }),
    };
    const result = callFunction(expression.name, args, context);
    return result === NOT_KNOWN ? this.unknown(expression) : result;
  }

  /** try(): the first argument Terraform could evaluate without an error; can(): whether the first could be. */
  private attempt(expression: Extract<Expression, { kind: "call" }>): HclValue {
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

  private unary(expression: Extract<Expression, { kind: "unary" }>): HclValue {
    const operand = this.evaluate(expression.operand);
    if (!isWhollyKnown(operand)) return this.unknown(expression);
    return expression.operator === "!" ? !asBool(operand, "!") : -asNumber(operand, "-");
  }

  private binary(expression: Extract<Expression, { kind: "binary" }>): HclValue {
    const left = this.evaluate(expression.left);
    const right = this.evaluate(expression.right);
    if (!isWhollyKnown(left) || !isWhollyKnown(right)) return this.unknown(expression);
    const op = expression.operator;
    if (op === "==") return sameValue(left, right);
    if (op === "!=") return !sameValue(left, right);
    if (op === "&&") return asBool(left, op) && asBool(right, op);
    if (op === "||") return asBool(left, op) || asBool(right, op);
    const a = asNumber(left, op);
    const b = asNumber(right, op);
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        if (b === 0) throw new EvaluationFailure("division by zero");
        return a / b;
      case "%":
        if (b === 0) throw new EvaluationFailure("division by zero");
        return a % b;
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

  private forExpression(expression: Extract<Expression, { kind: "for" }>): HclValue {
    const collection = this.evaluate(expression.collection);
    if (isPending(collection) || collection === null || typeof collection !== "object") {
      if (!isPending(collection)) throw new EvaluationFailure("for: expected a collection");
      return this.unknown(expression);
    }
    const entries: Array<[HclValue, HclValue]> = Array.isArray(collection)
      ? collection.map((item, index) => [index, item])
      : Object.keys(collection)
          .sort()
          .map((key) => [key, collection[key]!]);
    const tuple: HclValue[] = [];
    const object: HclObject = {};
    const groups: Record<string, HclValue[]> = {};
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
      if (expression.grouping) (groups[text] ??= []).push(inner.evaluate(expression.value));
      else if (Object.hasOwn(object, text))
        throw new EvaluationFailure(`for: duplicate key "${text}" (use ... to group)`);
      else object[text] = inner.evaluate(expression.value);
    }
    return expression.produces === "tuple" ? tuple : expression.grouping ? groups : object;
  }
}

/** Evaluates a string template: `$${` and `%%{` are a literal `${` and `%{`, every `${expr}` is evaluated. */
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
    if (text.startsWith("%%{", i)) {
      literal += "%{";
      i += 3;
      continue;
    }
    if (text.startsWith("%{", i)) return new Unknown(text);
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
  if (parts.some((part) => part === null || (typeof part === "object" && !isPending(part)))) {
    // Terraform cannot interpolate null or a collection into a string: the template is an error.
    return new Unknown(text);
  }
  const rendered = parts.map((part) => (typeof part === "string" ? part : render(part)));
  // Locals that each repeat the one before grow exponentially; such a value is not assessed as text.
  if (rendered.reduce((total, part) => total + part.length, 0) > MAX_TEMPLATE_LENGTH)
    return new Unknown("a value too long to evaluate");
  return rendered.join("");
}

const MAX_TEMPLATE_LENGTH = 1_000_000;

/** Evaluates one HCL expression; syntax it does not know, and expressions Terraform would reject, are Unknown, never an error. */
function evaluateExpression(source: string, scope: Scope): HclValue {
  let expression: Expression;
  try {
    expression = parseExpression(source);
  } catch {
    return new Unknown(source.trim());
  }
  try {
    return new Evaluator(scope).evaluate(expression);
  } catch (error) {
    if (error instanceof EvaluationFailure || error instanceof RangeError) return new Unknown(source.trim());
    throw error;
  }
}

/** Evaluates with extra symbols bound (`count`, `each`), as a resource instance sees them. */
export function scopeWith(scope: Scope, symbols: Record<string, HclValue>): Scope {
  return withSymbols(scope, symbols);
}
