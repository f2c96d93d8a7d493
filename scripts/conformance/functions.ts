/**
 * Terraform's functions with the kinds of argument each expects: every one the gate's evaluator
 * supports (src/inventory/hcl/functions.ts) and the common ones it does not. Calls are made with
 * the expected kinds mostly, and with a wrong kind, a missing or an extra argument sometimes.
 */
import { hclString, type Random } from "./random";
import { edgeValue, type Kind } from "./values";

interface Signature {
  args: Kind[];
  /** Further arguments of this kind may follow (join, concat, merge, format...). */
  rest?: Kind;
  /** Hand-written argument lists worth always asking (HCL text, without the parentheses). */
  special?: string[];
}

const FORMAT_SPECS = [
  "%s",
  "%d",
  "%5d",
  "%-5d|",
  "%05d",
  "%+d",
  "%x",
  "%X",
  "%o",
  "%b",
  "%e",
  "%E",
  "%g",
  "%f",
  "%.2f",
  "%8.3f",
  "%-8.1f|",
  "%t",
  "%q",
  "%v",
  "%#v",
  "%%",
  "%5s|",
  "%-5s|",
  "%.2s",
  "%[2]s %[1]s",
  "%[1]d-%[1]d",
  "%s %s",
  "%d items",
  "%c",
  "%U",
  "%y",
  "%",
  "%s-%s-%s",
  "prefix/%s/suffix",
  "%08.3f",
  "% d",
  "%x%%",
];

const REGEXES = [
  "/a/",
  "/[0-9]+/",
  "/^a/",
  "/(\\w+)@(\\w+)/",
  "/(?i)HELLO/",
  "/\\s+/",
  "/b*/",
  "/(a)(b)?/",
  "/[[:alpha:]]+/",
  "/\\pL+/",
  "/x$/",
  "/./",
  "/(?P<first>\\w)/",
  "/(/",
  "/a{2,}/",
  "/(a|ab)(c|bcd)(d*)/",
  "/\\d/",
];

export const SIGNATURES: Record<string, Signature> = {
  // Supported by the gate's evaluator.
  jsonencode: {
    args: ["any"],
    special: [
      '"<>&\\u2028\\u2029"',
      "{b = 1, a = [true, null]}",
      "1/3",
      "1e21",
      "-0",
      '"\\u0000\\u001f\\u007f"',
      "toset([3, 1, 2])",
      '"é😀"',
      "[]",
      "{}",
    ],
  },
  tostring: { args: ["any"], special: ["1.50", "-0", "1e21", "1/3", "true", "null", "[]", "0.1 + 0.2"] },
  tonumber: {
    args: ["any"],
    special: ['"1.50"', '" 1"', '"1e3"', '"0x10"', '"-0"', '"+1"', '"1_000"', '"Infinity"', "true", "null", '"1."'],
  },
  tobool: { args: ["any"], special: ['"true"', '"True"', '"1"', "1", "null", '"false"'] },
  lower: { args: ["string"] },
  upper: { args: ["string"] },
  trimspace: { args: ["string"] },
  trimprefix: { args: ["string", "string"], special: ['"aaab", "a"', '"abc", ""', '"abc", "abc"'] },
  trimsuffix: { args: ["string", "string"], special: ['"baaa", "a"', '"abc", ""', '"abc", "abc"'] },
  join: { args: ["string", "list"], rest: "list", special: ['",", ["a", null]', '",", [1, true]', '","'] },
  split: { args: ["string", "string"], special: ['"", "abc"', '",", ""', '",", ",a,"', '"ab", "aabab"'] },
  replace: {
    args: ["string", "string", "string"],
    special: [
      ...REGEXES.map((re) => `"abc hello@world a1b22", ${hclString(re)}, "<$0>"`),
      ...REGEXES.map((re) => `"aaa bbb", ${hclString(re)}, "[$1]"`),
      '"abc", "", "-"',
      '"aaa", "a", ""',
      '"hello", "/(l+)/", "${1}${1}"',
      '"hello", "/(l+)/", "$$1"',
      '"a.b.c", ".", "/"',
      '"x", "/x/", "$"',
    ],
  },
  format: {
    args: ["string"],
    rest: "any",
    special: FORMAT_SPECS.flatMap((spec) => [
      `${hclString(spec)}, "str"`,
      `${hclString(spec)}, 42`,
      `${hclString(spec)}, -3.14159`,
      `${hclString(spec)}, true`,
      `${hclString(spec)}, 1e21`,
      `${hclString(spec)}, "é😀", 2`,
      `${hclString(spec)}, [1, "a"]`,
      `${hclString(spec)}, {a = 1}`,
      `${hclString(spec)}, null`,
      `${hclString(spec)}`,
    ]),
  },
  formatlist: {
    args: ["string", "list"],
    rest: "any",
    special: ['"%s=%s", ["a", "b"], ["1", "2"]', '"%s", []', '"%s-%s", ["a"], "x"', '"%d", [1, 2], [3]', '"x", []'],
  },
  concat: { args: ["list"], rest: "list", special: ['[1], ["a"]', "[], []", "toset([1]), [2]"] },
  merge: {
    args: ["map"],
    rest: "map",
    special: ['{a = 1}, {a = "x"}', "{a = 1}, null", 'tomap({a = 1}), tomap({b = "x"})', "{b = 1, a = 2}, {c = 3}"],
  },
  lookup: { args: ["map", "string"], rest: "any", special: ['{a = 1}, "b", "d"', '{a = 1}, "a"', '{a = 1}, "b"'] },
  coalesce: { args: ["any"], rest: "any", special: ['"", "b"', 'null, ""', "null, 1", '1, "a"', '"", null'] },
  element: { args: ["list", "number"], special: ['["a", "b"], 5', '["a"], -1', "[], 0", '["a", "b"], 1.9'] },
  flatten: { args: ["list"], special: ["[[1, [2, [3]]], []]", "[[], [[]]]", '[toset(["b", "a"]), ["c"]]'] },
  length: { args: ["any"], special: ['"👍🏽"', '"e\\u0301"', '"🇩🇪"', '"\\r\\n"', "null", "toset([1, 1])"] },
  keys: { args: ["map"], special: ['{b = 1, a = 2, "10" = 3, "9" = 4}'] },
  values: { args: ["map"], special: ['{b = 1, a = 2, "10" = 3, "9" = 4}'] },
  contains: { args: ["list", "any"], special: ['["1"], 1', '[1], "1"', "toset([1, 2]), 2", "[null], null"] },
  toset: { args: ["list"], special: ['[1, "1"]', '["b", "a", "B", "10", "9", "é"]', "[3, 20, 100]", "[true, false]"] },
  tolist: {
    args: ["list"],
    special: ['[1, "a"]', "[1, true]", '[[1], ["a"]]', '[{a = 1}, {a = "x"}]', "[{a = 1}, {b = 2}]"],
  },
  tomap: { args: ["map"], special: ['{a = 1, b = "x"}', "{a = 1, b = true}", "{a = [1], b = 2}", "{a = null}"] },
  try: { args: ["any"], rest: "any", special: ['[][0], "fallback"', "{a = 1}.b, 2", 'tonumber("x"), null', "1, 2"] },
  can: { args: ["any"], special: ["[][0]", "{a = 1}.a", 'tonumber("x")', "nosuchvar"] },
  // Common functions the evaluator does not support (it must say unresolved, never a value).
  abs: { args: ["number"] },
  ceil: { args: ["number"] },
  floor: { args: ["number"] },
  max: { args: ["number"], rest: "number" },
  min: { args: ["number"], rest: "number" },
  pow: { args: ["number", "number"] },
  signum: { args: ["number"] },
  parseint: { args: ["string", "number"], special: ['"ff", 16', '"-101", 2', '"zz", 36', '"8", 8'] },
  chomp: { args: ["string"] },
  indent: { args: ["number", "string"] },
  regex: {
    args: ["string", "string"],
    special: REGEXES.map((re) => `${hclString(re.slice(1, -1))}, "abc hello@world a1b22"`),
  },
  regexall: { args: ["string", "string"], special: REGEXES.map((re) => `${hclString(re.slice(1, -1))}, "aaa bbb a1"`) },
  strrev: { args: ["string"] },
  substr: { args: ["string", "number", "number"], special: ['"hello", 1, -1', '"héllo", 0, 2', '"abc", 5, 1'] },
  title: { args: ["string"] },
  trim: { args: ["string", "string"] },
  startswith: { args: ["string", "string"] },
  endswith: { args: ["string", "string"] },
  strcontains: { args: ["string", "string"] },
  base64encode: { args: ["string"] },
  base64decode: { args: ["string"], special: ['"aGVsbG8="', '"!!"'] },
  urlencode: { args: ["string"] },
  jsondecode: {
    args: ["string"],
    special: ['"{\\"b\\":1,\\"a\\":[1.50,null]}"', '"[1, \\"a\\"]"', '"1e400"', '"nul"', '"\\"\\\\u00e9\\""', '"{}"'],
  },
  yamlencode: { args: ["any"] },
  csvdecode: { args: ["string"], special: ['"a,b\\n1,2\\n"'] },
  compact: { args: ["list"] },
  distinct: { args: ["list"] },
  chunklist: { args: ["list", "number"] },
  coalescelist: { args: ["list"], rest: "list" },
  index: { args: ["list", "any"] },
  range: { args: ["number"], rest: "number", special: ["3", "1, 4", "0, 1, 0.25", "5, 0, -2"] },
  reverse: { args: ["list"] },
  setintersection: { args: ["list", "list"], rest: "list" },
  setsubtract: { args: ["list", "list"] },
  setunion: { args: ["list", "list"], rest: "list", special: ['["b"], ["a", "c"]', '[1], ["1"]', "[3, 10], [2]"] },
  setproduct: { args: ["list", "list"] },
  slice: { args: ["list", "number", "number"] },
  sort: { args: ["list"], special: ['["b", "a", "B", "10", "9"]', "[3, 10, 2]"] },
  sum: { args: ["list"], special: ["[0.1, 0.2]", "[1, 2, 3]", "[]"] },
  transpose: { args: ["map"], special: ['{a = ["1", "2"], b = ["2"]}'] },
  zipmap: { args: ["list", "list"], special: ['["b", "a"], [1, 2]'] },
  one: { args: ["list"] },
  alltrue: { args: ["list"] },
  anytrue: { args: ["list"] },
  md5: { args: ["string"] },
  sha256: { args: ["string"] },
  base64sha256: { args: ["string"] },
  cidrhost: { args: ["string", "number"], special: ['"10.0.0.0/8", 5', '"10.0.0.0/30", 9'] },
  cidrsubnet: { args: ["string", "number", "number"], special: ['"10.0.0.0/16", 8, 2'] },
  nosuchfunction: { args: ["any"] },
};

/** A call with random edge arguments: mostly of the expected kinds, sometimes wrong in kind or count. */
export function randomCall(random: Random, name: string, argument: (kind: Kind) => string): string {
  const signature = SIGNATURES[name]!;
  const kinds = [...signature.args];
  if (signature.rest) for (let extra = random.int(3); extra > 0; extra--) kinds.push(signature.rest);
  const roll = random.next();
  if (roll < 0.05 && kinds.length > 0) kinds.pop();
  else if (roll < 0.1) kinds.push("any");
  const args = kinds.map((kind) => (random.chance(0.12) ? edgeValue(random, "any") : argument(kind)));
  return `${name}(${args.join(", ")})`;
}
