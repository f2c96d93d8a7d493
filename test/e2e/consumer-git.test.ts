// Installing before a registry release, as docs/install.md says: `npm install --save-dev
// git+<repository>#<ref>` in a new cdktf project (cdktf's ts-node template). npm clones the commit,
// installs its devDependencies in the clone (npm does so because the manifest has a `prepack`),
// which runs the `dependencies` script there: the bindings, then the build (the build needs no
// bindings); then npm packs the clone and installs the result as it would the release tarball. What is installed is this repository's HEAD commit: uncommitted changes are not.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { app, commonDependencies, expectBothOutcomes, SLOW, versionOf } from "../helpers/consumer-app";
import { run, runAsync } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
/**
 * The clone installs every devDependency and builds: 3.5 min alone, 5.5 min beside the rest of the
 * suite on two cores. Four times that; a hang fails here, listing what still ran, instead of
 * holding the whole CI run.
 */
const GIT_INSTALL = 1_200_000;

let project = "";
let specifier = "";
let installOutput = "";

describe("the package installed from git, before a registry release", () => {
  beforeAll(async () => {
    const head = run("git", ["rev-parse", "HEAD"], { cwd: root });
    if (head.status !== 0) throw new Error(`git rev-parse HEAD failed:\n${head.output}`);
    specifier = `git+file://${root}#${head.stdout.trim()}`;
    project = tempDir("consumer-git-");
    fs.writeFileSync(
      path.join(project, "package.json"),
      `${JSON.stringify({ name: "consumer-git", version: "1.0.0", private: true }, null, 2)}\n`,
    );
    const args = ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", specifier];
    const installed = await runAsync("npm", [...args, `cdktf@${versionOf("cdktf")}`, ...commonDependencies()], {
      cwd: project,
      env: { CI: "1" },
      timeout: GIT_INSTALL - 60_000,
    });
    if (installed.status !== 0) throw new Error(`npm install ${specifier} failed:\n${installed.output}`);
    installOutput = installed.output;
  }, GIT_INSTALL);

  test("npm saves the git URL and installs the built package: compiled JavaScript, no sources", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));
    expect(manifest.devDependencies["genesys-dpia-gate"]).toBe(specifier);
    const installed = path.join(project, "node_modules", "genesys-dpia-gate");
    expect(fs.existsSync(path.join(installed, "dist", "src", "index.js")), installOutput).toBe(true);
    expect(fs.existsSync(path.join(installed, "dist", "src", "index.d.ts"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "src"))).toBe(false);
    expect(fs.existsSync(path.join(installed, ".gen"))).toBe(false);
    const version = run("npx", ["--no-install", "dpia", "--version"], { cwd: project, env: { CI: "1" } });
    expect(version.stdout.trim(), version.output).toBe(
      JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version,
    );
  });

  test(
    "cdktf synth of the ts-node template app approves the clean stack and blocks the other",
    () => {
      expectBothOutcomes(app(project, { app: "npx ts-node main.ts", tsconfig: "tsconfig.cdktf-template.json" }));
    },
    SLOW,
  );
});
