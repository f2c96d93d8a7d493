// The README stays an entry point (the anchors': cdk-nag's 10 KB, Checkov's 23 KB); the rest belongs in docs/.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const readme = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"));

describe("README: an entry point, not the manual", () => {
  it("is at most 15 KB", () => {
    expect(readme.byteLength).toBeLessThanOrEqual(15_000);
  });

  it("has the three quick starts and the install, and links to the docs index", () => {
    const text = readme.toString("utf8");
    for (const heading of ["## Install", "## Quick start 1", "## Quick start 2", "## Quick start 3"])
      expect(text).toContain(heading);
    expect(text).toContain("](docs/index.md)");
  });
});
