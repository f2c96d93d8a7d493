/**
 * The expressions asked of Terraform: for every construct a grammar of edge values (values.ts)
 * and a random composition of them, single-line HCL. Deterministic for a seed.
 */
import { randomCall, SIGNATURES } from "./functions";
import { hclString, type Random } from "./random";
import { EDGE_LISTS, EDGE_MAPS, EDGE_NUMBERS, EDGE_STRINGS, edgeValue, type Kind } from "./values";

export interface ExpressionCase {
  category: string;
  expression: string;
}

/** The functions src/inventory/hcl/functions.ts implements (and try/can in expression.ts). */
export const SUPPORTED = [
  "jsonencode",
  "tostring",
  "tonumber",
  "tobool",
  "lower",
  "upper",
  "trimspace",
  "trimprefix",
  "trimsuffix",
  "join",
  "split",
  "replace",
  "format",
  "formatlist",
  "concat",
  "merge",
  "lookup",
  "coalesce",
  "element",
  "flatten",
  "length",
  "keys",
  "values",
  "contains",
  "toset",
  "tolist",
  "tomap",
  "try",
  "can",
];

const BINARY = ["+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||"];

function times(count: number, make: () => string): string[] {
  return Array.from({ length: count }, make);
}

function functionCases(random: Random): ExpressionCase[] {
  const cases: ExpressionCase[] = [];
  for (const [name, signature] of Object.entries(SIGNATURES)) {
    for (const args of signature.special ?? [])
      cases.push({ category: "function-edge", expression: `${name}(${args})` });
    const count = SUPPORTED.includes(name) ? 45 : 10;
    for (const expression of times(count, () => randomCall(random, name, (kind) => edgeValue(random, kind))))
      cases.push({ category: SUPPORTED.includes(name) ? "function-supported" : "function-unsupported", expression });
  }
  return cases;
}

function operand(random: Random): string {
  const roll = random.next();
  if (roll < 0.45) return random.pick(EDGE_NUMBERS).replace(/^(-.*|.*\/.*)$/, "($1)");
  if (roll < 0.65) return hclString(random.pick(["1", "2.5", "-3", "0", "a", "", "true", "1e3", " 1", "10"]));
  if (roll < 0.85) return random.pick(["true", "false", "null"]);
  return edgeValue(random, random.pick(["list", "map"] as Kind[]));
}

function operatorCases(random: Random): string[] {
  const cases = times(700, () => {
    const op = random.pick(BINARY);
    const left = operand(random);
    const right = operand(random);
    if (random.chance(0.2)) return `${left} ${op} ${right} ${random.pick(BINARY)} ${operand(random)}`;
    if (random.chance(0.1)) return `${random.pick(["!", "-"])}${left}`;
    return `${left} ${op} ${right}`;
  });
  return [
    ...cases,
    "0.1 + 0.2",
    "1 / 3 * 3",
    "10 % 3",
    "-10 % 3",
    "10 % -3",
    "5.5 % 2",
    "1 / 0",
    "0 / 0",
    "-1 / 0",
    "1e308 * 10",
    "9007199254740993 + 1",
    "2 - 3 * 4 / 5",
    "1 == 1.0",
    '"1" == 1',
    "[1] == [1]",
    "[1] == tolist([1])",
    "{a = 1} == tomap({a = 1})",
    "null == null",
    'toset(["a", "b"]) == toset(["b", "a"])',
    '"a" < "b"',
    "!null",
    "-(-0)",
    "true && null",
    'false || "true"',
  ];
}

function conditionalCases(random: Random): string[] {
  const conditions = ["true", "false", "null", '"true"', '"false"', "1", '"yes"', "1 > 2", "[] == []"];
  return [
    ...times(350, () => `${random.pick(conditions)} ? ${edgeValue(random, "any")} : ${edgeValue(random, "any")}`),
    'true ? 1 : "a"',
    'false ? 1 : "a"',
    "true ? [1] : []",
    'true ? ["a"] : [1]',
    "true ? {a = 1} : {}",
    "true ? {a = 1} : {b = 2}",
    'true ? tolist(["a"]) : toset(["b"])',
    "true ? null : 1",
    'false ? null : [1, "a"]',
    "true ? 1 : nosuchfunction(1)",
    "false ? [][0] : 2",
  ];
}

function forCases(random: Random): string[] {
  const collections = [...EDGE_LISTS, ...EDGE_MAPS, '"abc"', "null", "1"];
  const bodies = [
    "v",
    "k",
    "tostring(v)",
    "upper(tostring(v))",
    "[k, v]",
    "{x = v}",
    "length(tostring(v))",
    '"${k}=${v}"',
  ];
  const conditions = ["", " if v != null", " if k != 0", ' if tostring(v) != "a"', " if true", " if null", " if 1"];
  const keys = ["tostring(v)", "tostring(k)", '"same"', "k", "v", "upper(tostring(v))"];
  return times(650, () => {
    const collection = random.pick(collections);
    const body = random.pick(bodies);
    const condition = random.pick(conditions);
    const twoNames = random.chance(0.7);
    const names = twoNames ? "k, v" : "v";
    const usable = (text: string) => (twoNames ? text : text.replace(/\bk\b/g, "v"));
    if (random.chance(0.5)) return `[for ${names} in ${collection} : ${usable(body)}${usable(condition)}]`;
    const group = random.chance(0.3) ? "..." : "";
    return `{for ${names} in ${collection} : ${usable(random.pick(keys))} => ${usable(body)}${group}${usable(condition)}}`;
  });
}

function splatCases(random: Random): string[] {
  const targets = [
    '[{a = 1, b = {c = "x"}}, {a = 2, b = {c = "y"}}]',
    "[]",
    "null",
    '{a = 1, b = {c = "z"}}',
    '"str"',
    'tolist([{a = "l"}])',
    'toset([{a = "s2"}, {a = "s1"}])',
    "[{a = [1, 2]}, {a = [3]}]",
    "[{b = 1}]",
    "{x = {a = 1}}",
  ];
  const steps = ["[*].a", ".*.a", "[*].b.c", "[*]", "[*].a[0]", ".*", "[*][0]", '[*].b["c"]', "[*].a[*]", "[*].nosuch"];
  const wraps = ["", "length", "tolist", "jsonencode", "flatten", "toset"];
  return times(400, () => {
    const splat = `${random.pick(targets)}${random.pick(steps)}`;
    const wrap = random.pick(wraps);
    return wrap ? `${wrap}(${splat})` : splat;
  });
}

function indexCases(random: Random): string[] {
  const keys = ["0", "1", "-1", "1.5", '"0"', '"a"', '"b"', "null", "true", "100", '"10"', "0.99999"];
  return times(300, () => {
    const target = random.chance(0.5) ? random.pick(EDGE_LISTS) : random.pick([...EDGE_MAPS, '"abc"', "null"]);
    if (random.chance(0.2)) return `${target}.${random.pick(["a", "b", "name", "0"])}`;
    return `${target}[${random.pick(keys)}]`;
  });
}

function templatePart(random: Random, depth: number): string {
  const roll = random.next();
  const literal = random.pick(["", "a", " ", "é", "-", "x y", "\\n", "$${lit}", "%%{lit}", '\\"', "😀"]);
  if (depth <= 0 || roll < 0.3) return literal;
  const inner = () => templatePart(random, depth - 1);
  if (roll < 0.6)
    return `\${${random.pick([edgeValue(random, "any"), `"${inner()}"`, `upper("${inner()}")`, "1 + 1", "null"])}}`;
  if (roll < 0.75) {
    const strip = (marker: string) => (random.chance(0.25) ? marker : "");
    return `%{${strip("~")} if ${random.pick(["true", "false", "null", '"x" == "x"', "1"])} ${strip("~")}}${inner()}%{ else }${inner()}%{ endif }`;
  }
  if (roll < 0.9)
    return `%{ for ${random.pick(["v", "k, v"])} in ${random.pick([...EDGE_LISTS.slice(0, 8), ...EDGE_MAPS.slice(0, 4)])} }${random.pick(["${v}", "${v},", "[${v}]", inner()])}%{ endfor }`;
  return `${literal}\${"${inner()}"}`;
}

function templateCases(random: Random): string[] {
  const cases = times(700, () => `"${templatePart(random, 3)}${templatePart(random, 2)}"`);
  return [
    ...cases.map((text) => text.replace(/\$\{k\}/g, "${v}")),
    '"${"${"${"deep"}"}"}"',
    '"%{ for i, v in ["a", "b"] }${i}:${v} %{ endfor }"',
    '"%{ for v in toset(["b", "a"]) }${v}%{ endfor }"',
    '"%{ for k, v in {b = 1, a = 2} }${k}=${v};%{ endfor }"',
    '"%{ if true }yes%{ endif }"',
    '"%{ if false }yes%{ endif }"',
    '"x ${true} ${1.50} ${-0}"',
    '"${null}"',
    '"a${null}"',
    '"a${[1]}"',
    '"${[1]}"',
    '"${{a = 1}}"',
    '"  %{~ if true ~}  x  %{~ endif ~}  "',
    '"%{ for v in [] }x%{ else }y%{ endfor }"',
    '"$${x} %%{y} $$ %% $"',
  ];
}

function conversionCases(random: Random): string[] {
  const converters = ["tostring", "tonumber", "tobool", "tolist", "toset", "tomap", "jsonencode"];
  return [
    ...times(300, () => `${random.pick(converters)}(${edgeValue(random, "any")})`),
    ...times(150, () => `[${edgeValue(random, "any")}, ${edgeValue(random, "any")}][${random.int(2)}]`),
    ...times(100, () => `tolist([${edgeValue(random, "any")}, ${edgeValue(random, "any")}])`),
    ...times(100, () => `concat(${edgeValue(random, "list")}, [${edgeValue(random, "any")}])`),
    ...EDGE_STRINGS.map((text) => `upper(${hclString(text)})`),
    ...EDGE_STRINGS.map((text) => `lower(${hclString(text)})`),
    ...EDGE_STRINGS.map((text) => `length(${hclString(text)})`),
    ...EDGE_STRINGS.map((text) => hclString(text)),
    ...EDGE_NUMBERS.map((number) => number),
    ...EDGE_NUMBERS.map((number) => `tostring(${number})`),
    ...EDGE_NUMBERS.map((number) => `jsonencode(${number})`),
    ...EDGE_NUMBERS.map((number) => `"${"${"}${number}}"`),
  ];
}

/** Sets: cty orders their elements (strings lexically, numbers by value), which a list index then sees. */
function setCases(random: Random): string[] {
  const sets = [
    'toset(["b", "a", "c"])',
    "toset([10, 9, 100, 1.5])",
    'toset(["é", "e", "Z", "_", "10", "9"])',
    "toset([])",
    '["b", "a"]',
    "[2, 1]",
    'toset(["a", 1])',
    "toset([true, false])",
    'toset([["b"], ["a"]])',
    "toset([{a = 2}, {a = 1}])",
  ];
  const make = () => random.pick(sets);
  const shapes = [
    () => `setunion(${make()}, ${make()})`,
    () => `setintersection(${make()}, ${make()})`,
    () => `setsubtract(${make()}, ${make()})`,
    () => `setproduct(${make()}, ${make()})`,
    () => `tolist(${make()})[${random.int(3)}]`,
    () => `tolist(${make()})`,
    () => `[for v in ${make()} : v]`,
    () => `{for v in ${make()} : tostring(v) => v...}`,
    () => `contains(${make()}, ${random.pick(['"a"', "1", "10", '"10"'])})`,
    () => `length(${make()})`,
    () => `join(",", ${make()})`,
    () => `concat(tolist(${make()}), ${make()})`,
    () => `${make()} == ${make()}`,
    () => `element(tolist(${make()}), ${random.int(4)})`,
    () => `sort(${make()})`,
    () => `flatten([${make()}, ${make()}])`,
  ];
  return times(450, () => random.pick(shapes)());
}

/** Maps and objects: key order (cty sorts keys), merge precedence, conversions between them. */
function mapCases(random: Random): string[] {
  const make = () => random.pick(EDGE_MAPS);
  const shapes = [
    () => `keys(${make()})`,
    () => `values(${make()})`,
    () => `merge(${make()}, ${make()})`,
    () => `merge(${make()}, ${make()}, ${make()})`,
    () => `lookup(${make()}, ${random.pick(['"a"', '"b"', '"10"', '"Z"'])}, ${edgeValue(random, "any")})`,
    () => `tomap(${make()})`,
    () => `{for k, v in ${make()} : k => v}`,
    () => `[for k, v in ${make()} : k]`,
    () => `jsonencode(${make()})`,
    () => `${make()} == ${make()}`,
    () => `length(${make()})`,
    () => `zipmap(keys(${make()}), values(${make()}))`,
    () => `${make()}[${random.pick(['"a"', '"b"', '"10"', '"Z"'])}]`,
  ];
  return times(450, () => random.pick(shapes)());
}

/** Grammar-based random compositions of everything above. */
function nested(random: Random, depth: number): string {
  if (depth <= 0 || random.chance(0.2)) return edgeValue(random, "any");
  const inner = () => nested(random, depth - 1);
  switch (random.int(8)) {
    case 0:
    case 1:
      return randomCall(random, random.pick(SUPPORTED), () => inner());
    case 2:
      return `${inner()} ${random.pick(BINARY)} ${inner()}`;
    case 3:
      return `${inner()} ? ${inner()} : ${inner()}`;
    case 4:
      return `[${inner()}, ${inner()}]`;
    case 5:
      return `{${random.pick(["a", "b", '"c d"'])} = ${inner()}, z = ${inner()}}`;
    case 6:
      return `"${"${"}${inner()}}-${"${"}${inner()}}"`;
    default:
      return `[for v in ${inner()} : ${random.pick(["v", "tostring(v)", "[v]"])}]`;
  }
}

export function generateExpressions(random: Random): ExpressionCase[] {
  const groups: Array<[string, string[]]> = [
    ["operator", operatorCases(random)],
    ["conditional", conditionalCases(random)],
    ["for", forCases(random)],
    ["splat", splatCases(random)],
    ["index", indexCases(random)],
    ["template", templateCases(random)],
    ["set", setCases(random)],
    ["map", mapCases(random)],
    ["conversion", conversionCases(random)],
    ["nested", times(1300, () => nested(random, 3))],
  ];
  const cases = [
    ...functionCases(random),
    ...groups.flatMap(([category, list]) => list.map((expression) => ({ category, expression }))),
  ];
  const seen = new Set<string>();
  return cases.filter((item) => !seen.has(item.expression) && seen.add(item.expression));
}
