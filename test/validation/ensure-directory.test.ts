import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { ensureDirectory } from "../../src/validation/ensure-directory";
import { InputError } from "../../src/validation/input-error";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ensure-directory-"));

describe("ensureDirectory", () => {
  test("creates missing parents and accepts a folder that exists", () => {
    const nested = path.join(root, "a", "b", "c");
    ensureDirectory(nested);
    ensureDirectory(nested);
    expect(fs.statSync(nested).isDirectory()).toBe(true);
  });

  test("a file in the way is an input error naming the folder", () => {
    fs.writeFileSync(path.join(root, "file"), "x");
    expect(() => ensureDirectory(path.join(root, "file"))).toThrow(
      `${path.join(root, "file")}: a folder that can be written to; ${path.join(root, "file")} is not a folder`,
    );
    expect(() => ensureDirectory(path.join(root, "file", "below"))).toThrow(InputError);
  });

  test.runIf(fs.existsSync("/proc/self"))(
    "a folder under /proc fails instead of hanging (Node's recursive mkdir loops there)",
    () => {
      expect(() => ensureDirectory("/proc/dpia-gate/out")).toThrow(/\/proc\/dpia-gate cannot be created \(ENOENT\)/);
    },
  );
});
