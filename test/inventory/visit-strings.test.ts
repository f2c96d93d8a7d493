import { describe, expect, test } from "vitest";
import { visitStrings } from "../../src/inventory/expressions";

function visited(value: unknown, base?: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  visitStrings(value, (text, pathOf) => found.push([text, pathOf()]), base);
  return found.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

describe("visitStrings: every string of a value, with its path when asked", () => {
  test("paths of members and elements, at any depth, after the path given", () => {
    const value = { a: { b: ["x", { c: "y" }], "": { d: "z" } }, e: [["w"]], f: 1, g: null, h: true };
    expect(visited(value)).toEqual([
      ["z", "a..d"], // an empty member name is spelled as it is
      ["x", "a.b[0]"],
      ["y", "a.b[1].c"],
      ["w", "e[0][0]"],
    ]);
    expect(visited(value, "config")).toEqual([
      ["z", "config.a..d"],
      ["x", "config.a.b[0]"],
      ["y", "config.a.b[1].c"],
      ["w", "config.e[0][0]"],
    ]);
    expect(visited("alone", "root")).toEqual([["alone", "root"]]);
    expect(visited(["first"])).toEqual([["first", "[0]"]]);
  });

  test("a member named __proto__ read from JSON is the value's own, visited like any other", () => {
    expect(visited(JSON.parse('{"__proto__": {"url": "https://a.example"}}'))).toEqual([
      ["https://a.example", "__proto__.url"],
    ]);
  });

  test("a sparse array is walked by its elements, however long it is", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[7] = "seven";
    expect(visited({ list: sparse })).toEqual([["seven", "list[7]"]]);
  });

  test("a long array's members that are not indices are not elements (as forEach, which never sees them)", () => {
    const long: unknown[] = new Array(65_537).fill(0);
    long[0] = "first";
    const members = long as unknown as Record<string, unknown>;
    members["-1"] = "minus one";
    members["-0"] = "minus zero";
    members["4294967295"] = "past the last index";
    members["01"] = "leading zero";
    expect(visited(long)).toEqual([["first", "[0]"]]);
  });

  test("the path is the same whenever it is asked, and a visitor that does not ask still sees every string", () => {
    const texts: string[] = [];
    const paths: string[] = [];
    visitStrings({ a: ["x", "y"] }, (text, pathOf) => {
      texts.push(text);
      paths.push(`${pathOf()}|${pathOf()}`);
    });
    expect(texts.sort()).toEqual(["x", "y"]);
    expect(paths.sort()).toEqual(["a[0]|a[0]", "a[1]|a[1]"]);
  });
});
