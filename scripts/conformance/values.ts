/** Edge values of every kind, as HCL expression text, that the generated expressions are built from. */
import { hclString, type Random } from "./random";

export const EDGE_STRINGS = [
  "",
  "a",
  "abc",
  "Hello World",
  "  padded\t ",
  "\n\tlead and trail \n",
  "a,b,,c",
  "a-b_c.d",
  "x\ny",
  "line1\nline2\n",
  "EOT",
  "x\r\ny",
  "tab\there",
  "100%",
  "%s %d",
  "${x}",
  "%{if}",
  "<b>&amp;</b>",
  '"quoted"',
  "back\\slash",
  "-1",
  "1.5",
  "007",
  "1e3",
  "0x1f",
  " 42 ",
  "true",
  "false",
  "null",
  "straße",
  "ÄÖÜ äöü",
  "İstanbul",
  "ǅemal",
  "ﬁne",
  "ΣΑΣ σας",
  "日本語テキスト",
  "😀 emoji 👍🏽",
  "e\u0301",
  "\u00e9",
  "\u200b zero width",
  "\u00a0nbsp",
  "a\u0000b",
  "https://example.com/path?q=1&r=2",
  "arn:aws:iam::123456789012:role/x",
  "user@example.com",
  "Genesys Cloud",
  "z",
  "B",
  "_",
  "10",
  "9",
  "a".repeat(70),
];

export const EDGE_NUMBERS = [
  "0",
  "-0",
  "1",
  "-1",
  "2",
  "3",
  "7",
  "10",
  "1.5",
  "-2.5",
  "0.1",
  "0.5",
  "1/3",
  "2/3",
  "100",
  "255",
  "1e3",
  "1e21",
  "1e-7",
  "-1e-7",
  "12345678901234567890",
  "-9007199254740993",
  "9007199254740993",
  "3.0",
  "0.000001",
  "123.456",
  "1e100",
  "-3.75",
];

export const EDGE_LISTS = [
  "[]",
  '["a"]',
  '["b", "a", "b"]',
  '["c", "a", "B", "10", "9"]',
  "[1, 2, 3]",
  "[3, 1, 2, 1]",
  "[10, 9, 1.5, -1]",
  '["a", 1, true]',
  '[1, "1"]',
  "[[1, 2], [3]]",
  '[["a"], [], ["b", ["c"]]]',
  "[null]",
  '["x", null, ""]',
  "[{a = 1}, {a = 2}]",
  '[{name = "n1", id = 1}, {name = "n2", id = 2}]',
  "[true, false]",
  'tolist(["x", "y"])',
  'toset(["c", "a", "b", "a"])',
  "toset([10, 9, 100, 1])",
  'toset(["é", "e", "z", "Z", "_"])',
  "tolist([])",
  "toset([])",
  '["😀", "日本", "ä"]',
];

export const EDGE_MAPS = [
  "{}",
  "{a = 1}",
  '{b = "x", a = "y"}',
  '{"10" = 1, "9" = 2, "b" = 3, "B" = 4}',
  'tomap({a = "1", b = 2})',
  "tomap({})",
  "{a = {b = 1}, c = [1, 2]}",
  '{Z = 1, a = 2, "é" = 3, _ = 4}',
  '{name = "svc", url = "https://x.example", enabled = true}',
  '{a = null, b = ""}',
  'tomap({x = ["1"], y = []})',
  '{"with space" = 1, "with-dash" = 2}',
];

export const PRIMITIVES = ["true", "false", "null"];

export type Kind = "string" | "number" | "bool" | "list" | "map" | "null" | "any";

export function edgeValue(random: Random, kind: Kind): string {
  switch (kind) {
    case "string":
      return hclString(random.pick(EDGE_STRINGS));
    case "number":
      return random.pick(EDGE_NUMBERS);
    case "bool":
      return random.pick(["true", "false"]);
    case "list":
      return random.pick(EDGE_LISTS);
    case "map":
      return random.pick(EDGE_MAPS);
    case "any":
      return edgeValue(random, random.pick(["string", "number", "bool", "list", "map", "string", "null"] as Kind[]));
    default:
      return "null";
  }
}
