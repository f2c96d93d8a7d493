import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { InputError } from "../../src/validation/input-error";
import { readRegularFile } from "../../src/validation/regular-file";

// A file larger than a string can hold takes gigabytes to make: Node's refusal is simulated.
const tooLarge = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock("node:fs", async (original) => {
  const real = await original<typeof import("node:fs")>();
  const readFileSync = ((...args: Parameters<typeof real.readFileSync>) => {
    if (tooLarge.code)
      throw Object.assign(new Error("Cannot create a string longer than ..."), { code: tooLarge.code });
    return real.readFileSync(...args);
  }) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

describe("readRegularFile", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "regular-file-")), "big.json");
  fs.writeFileSync(file, "{}");

  test("reads a regular file", () => {
    expect(readRegularFile(file, "a policy")).toBe("{}");
  });

  test.each(["ERR_STRING_TOO_LONG", "ERR_FS_FILE_TOO_LARGE"])(
    "a file larger than Node can read (%s) is an input error naming it, not a crash",
    (code) => {
      tooLarge.code = code;
      try {
        expect(() => readRegularFile(file, "a policy")).toThrow(InputError);
        expect(() => readRegularFile(file, "a policy")).toThrow(
          /big\.json: a file holding a policy Node can read whole: at most \d+ characters/,
        );
      } finally {
        tooLarge.code = undefined;
      }
    },
  );
});
