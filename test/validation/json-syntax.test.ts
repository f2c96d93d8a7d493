import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonSyntaxError } from "../../src/validation/json-syntax";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("jsonSyntaxError: where a text stops being JSON", () => {
  test.each([
    ['{ "version": 1, ', 1, 17, "the text ends inside an object; a truncated file?"],
    [
      '{\n  "a": }',
      2,
      8,
      "expected a value: an object, an array, a string in double quotes, a number, true, false or null",
    ],
    ["[1,]", 1, 4, "expected a value: an object, an array, a string in double quotes, a number, true, false or null"],
    ['{"a":1,}', 1, 8, "expected a property name in double quotes"],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ['{"a":1 "b":2}', 1, 8, "expected ',' or '}' after a property value"],
    ["[1 2]", 1, 4, "expected ',' or ']' after an array element"],
    ['{"a":1} x', 1, 9, "expected nothing after the JSON value"],
    ["01", 1, 1, "found an invalid number"],
    ['"a\tb"', 1, 3, "found a control character inside a string (write it escaped)"],
    ['"\\x"', 1, 2, 'found an escape other than \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX inside a string'],
    ['"abc', 1, 5, "the text ends inside a string; a truncated file?"],
    ["[[[", 1, 4, "the text ends inside an array; a truncated file?"],
    ["\ufeff{}", 1, 1, "found a byte order mark before the JSON (save the file without one)"],
    ["", 1, 1, "expected a value; the file is empty"],
    [
      '{\r\n  "a": 1,\r\n  "b": nope\r\n}',
      3,
      8,
      "expected a value: an object, an array, a string in double quotes, a number, true, false or null",
    ],
  ])("%j: line %i, column %i", (text, line, column, reason) => {
    expect(parses(text)).toBe(false);
    expect(jsonSyntaxError(text)).toEqual({ line, column, reason });
  });

  test("nesting of any depth is scanned without a stack overflow", () => {
    const depth = 100_000;
    expect(jsonSyntaxError(`${"[".repeat(depth)}${"]".repeat(depth)}`)).toBeUndefined();
    expect(jsonSyntaxError(`${"[".repeat(depth)}${"]".repeat(depth - 1)}`)?.reason).toMatch(/inside an array/);
  });

  test("finds an error exactly where JSON.parse refuses the text, and none where it accepts it", () => {
    const jsonText = fc.json({ depthSize: "small" });
    // Valid JSON, and the same cut, spliced or with a character changed: mostly invalid, sometimes not.
    const mangled = fc
      .tuple(
        jsonText,
        fc.nat(),
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", ":", '"', "\\", "\n", "x", "-", "0", "[", "{", " ", "\t", "\u0001"),
      )
      .map(([text, cut, length, insert]) => {
        const at = cut % (text.length + 1);
        return text.slice(0, at) + insert + text.slice(at + (length % 3));
      });
    fc.assert(
      fc.property(fc.oneof(jsonText, mangled, fc.string()), (text) => {
        expect(jsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
