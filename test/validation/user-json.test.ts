import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { InputError, type InputProblem } from "../../src/validation/input-error";
import { checkUserJson, parseUserJson, readUserJson } from "../../src/validation/user-json";
import { tempDir } from "../helpers/stacks";

const Shape = z
  .object({
    version: z.literal(1),
    level: z.enum(["Low", "High"]),
    items: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(/^[a-z]+$/)
              .describe("a lower-case id"),
          })
          .strict(),
      )
      .default([]),
    window: z
      .object({ from: z.number(), to: z.number() })
      .strict()
      .refine((window) => window.from <= window.to, {
        message: "a window whose from is not after its to",
        path: ["from"],
      })
      .optional(),
  })
  .strict();

function problemsOf(run: () => unknown): InputProblem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }
  throw new Error("expected an input error");
}

const read = (text: string) => readUserJson({ file: "shape.json", what: "a shape", text }, Shape);

describe("readUserJson: the one reader of user JSON", () => {
  test("returns the value typed by the schema, with its defaults", () => {
    const value = read('{ "version": 1, "level": "High" }');
    expect(value).toEqual({ version: 1, level: "High", items: [] });
  });

  test("a syntax error names the file, the line and column, and what the file should hold", () => {
    expect(problemsOf(() => read('{\n  "version": 1,\n  "level": "High",\n}'))).toEqual([
      {
        file: "shape.json",
        location: "line 4, column 1",
        expected: "a shape in valid JSON (expected a property name in double quotes)",
      },
    ]);
  });

  test("every schema problem names its JSON path and what was expected", () => {
    expect(
      problemsOf(() => read('{ "version": 2, "level": "Severe", "items": [{ "id": "A" }, {}], "extra": 1 }')),
    ).toEqual([
      { file: "shape.json", location: "", expected: 'unknown property "extra"' },
      { file: "shape.json", location: "version", expected: "expected 1" },
      { file: "shape.json", location: "level", expected: 'expected one of "Low", "High"' },
      { file: "shape.json", location: "items[0].id", expected: "expected a lower-case id" },
      { file: "shape.json", location: "items[1]", expected: 'missing required property "id"' },
    ]);
  });

  test("what JSON Schema cannot state is checked by zod, still with its path", () => {
    expect(problemsOf(() => read('{ "version": 1, "level": "Low", "window": { "from": 3, "to": 1 } }'))).toEqual([
      { file: "shape.json", location: "window.from", expected: "a window whose from is not after its to" },
    ]);
  });

  test("a document nested deeper than 256 levels is refused with its path", () => {
    const deep = `{ "version": 1, "level": "Low", "items": ${"[".repeat(300)}${"]".repeat(300)} }`;
    const [problem] = problemsOf(() => read(deep));
    expect(problem).toMatchObject({ file: "shape.json", expected: "a document nested at most 256 levels deep" });
    expect(problem!.location).toMatch(/^items(\[0\])+$/);
  });

  test("a file is read only when it is a regular file, and the message says what it should hold", () => {
    const dir = tempDir("user-json-");
    expect(problemsOf(() => readUserJson({ file: path.join(dir, "missing.json"), what: "a shape" }, Shape))).toEqual([
      { file: path.join(dir, "missing.json"), location: "", expected: "a readable file holding a shape (ENOENT)" },
    ]);
    expect(problemsOf(() => readUserJson({ file: dir, what: "a shape" }, Shape))).toEqual([
      { file: dir, location: "", expected: "a regular file holding a shape, found a folder" },
    ]);
    const pipe = path.join(dir, "pipe.json");
    execFileSync("mkfifo", [pipe]);
    expect(problemsOf(() => parseUserJson({ file: pipe, what: "a shape" }))[0]!.expected).toBe(
      "a regular file holding a shape, found a named pipe",
    );
    fs.writeFileSync(path.join(dir, "shape.json"), '{ "version": 1, "level": "Low" }');
    expect(readUserJson({ file: path.join(dir, "shape.json"), what: "a shape" }, Shape).level).toBe("Low");
  });

  test("a value parsed elsewhere is checked the same way", () => {
    expect(problemsOf(() => checkUserJson({ version: 1 }, Shape, "plan.json"))).toEqual([
      { file: "plan.json", location: "", expected: 'missing required property "level"' },
    ]);
  });
});
