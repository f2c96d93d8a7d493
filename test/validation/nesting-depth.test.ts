import { describe, expect, test } from "vitest";
import { InputError } from "../../src/validation/input-error";
import { assertNestingDepth, MAX_NESTING_DEPTH } from "../../src/validation/nesting-depth";

const nested = (levels: number, inner: unknown = 1): unknown => {
  let value = inner;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { k: value };
  return value;
};

function refusal(value: unknown): unknown {
  try {
    assertNestingDepth(value, "deep.json");
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return "accepted";
}

describe("assertNestingDepth", () => {
  test("accepts exactly MAX_NESTING_DEPTH levels of arrays and objects, refuses one more, naming the place", () => {
    expect(refusal(nested(MAX_NESTING_DEPTH))).toBe("accepted");
    expect(refusal(nested(MAX_NESTING_DEPTH + 1))).not.toBe("accepted");
    const arrays = JSON.parse(`${"[".repeat(MAX_NESTING_DEPTH - 1)}${"]".repeat(MAX_NESTING_DEPTH - 1)}`);
    const [problem] = refusal({ a: [{ b: 2 }, arrays] }) as Array<Record<string, string>>;
    expect(problem).toEqual({
      file: "deep.json",
      location: `a[1]${"[0]".repeat(MAX_NESTING_DEPTH - 2)}`,
      expected: `a document nested at most ${MAX_NESTING_DEPTH} levels deep`,
    });
  });

  test("refuses a string whose expression nests deeper, naming the string; a shallow long one passes", () => {
    const deep = `\${${"(".repeat(MAX_NESTING_DEPTH + 1)}1${")".repeat(MAX_NESTING_DEPTH + 1)}}`;
    expect(refusal({ ok: "x".repeat(10_000), list: ["a", { expression: deep }] })).toEqual([
      { file: "deep.json", location: "list[1].expression", expected: `an expression nested at most 256 levels deep` },
    ]);
  });

  test("reads a member named __proto__ as the document's own, not the object prototype", () => {
    const value = JSON.parse(`{"__proto__": ${"[".repeat(300)}${"]".repeat(300)}}`);
    expect(refusal(value)).toEqual([
      { file: "deep.json", location: `__proto__${"[0]".repeat(MAX_NESTING_DEPTH - 1)}`, expected: expect.any(String) },
    ]);
    expect(refusal(JSON.parse('{"__proto__": {"a": 1}}'))).toBe("accepted");
  });
});

describe("assertNestingDepth on a caller's value", () => {
  test("a sparse array's holes are passed over, as before: a huge empty array is nothing to walk", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(refusal(sparse)).toBe("accepted");
    sparse[7] = nested(MAX_NESTING_DEPTH + 1);
    const [problem] = refusal(sparse) as Array<{ location: string }>;
    expect(problem!.location.startsWith("[7][0].k")).toBe(true);
  });
});
