// The package as a new user gets it: `npm pack` (the release tarball), installed into fresh projects,
// and the real `cdktf synth` under each way people run a CDKTF app in TypeScript, and the real
// `cdktn synth` of CDK Terrain's own CLI on the Node release it needs. .ci/run runs this file again
// under each supported Node line (scripts/node-lines.ts); consumer-git.test.ts installs from git.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { app, commonDependencies, expectBothOutcomes, SLOW, type Synth, versionOf } from "../helpers/consumer-app";
import { run as runCommand, runAsync } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import { nodeBinFolder } from "../../scripts/node-lines";

const root = path.resolve(__dirname, "../..");
/** CDK Terrain's own CLI, of the cdktn release this repository tests against. */
const CDKTN_CLI_VERSION = "0.24.0";

/** The oldest Node release the real `cdktn` CLI runs on (cdktn-cli 0.24's `engines`). */
const CDKTN_CLI_NODE = [22, 19];
const atLeast = ([major = 0, minor = 0]: number[], [wantMajor = 0, wantMinor = 0]: number[]) =>
  major > wantMajor || (major === wantMajor && minor >= wantMinor);
/** The folder of a `node` that the cdktn CLI runs on: this one when it can, else Node 22. */
const cdktnCliNode = () =>
  atLeast(process.versions.node.split(".").map(Number), CDKTN_CLI_NODE)
    ? path.dirname(process.execPath)
    : nodeBinFolder(22);

/** PATH with the folder of another `node` first: `node`, `npm` and `npx` run on it. */
const pathWith = (node: string) => `${node}${path.delimiter}${process.env["PATH"] ?? ""}`;

/** npm, tar, tsc and the installed dpia, without prompts (CI=1); on another `node` when given. */
function run(command: string, args: string[], cwd: string, node?: string) {
  return runCommand(command, args, { cwd, env: node ? { CI: "1", PATH: pathWith(node) } : { CI: "1" }, timeout: SLOW });
}

let tarball = "";
let tarballFiles: string[] = [];
let cdktfProject = "";
let terrainProject = "";
const installOutput: string[] = [];

/** A project folder with its package.json and dependencies installed from the npm cache. */
async function install(name: string, dependencies: string[], node?: string): Promise<string> {
  const dir = tempDir(`consumer-${name}-`);
  fs.writeFileSync(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: `consumer-${name}`, version: "1.0.0", private: true }, null, 2)}\n`,
  );
  const args = ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, ...dependencies];
  const env = node ? { CI: "1", PATH: pathWith(node) } : { CI: "1" };
  // Killed with its scripts at the deadline, listing what still ran (runAsync).
  const result = await runAsync("npm", args, { cwd: dir, env, timeout: SLOW });
  if (result.status !== 0) throw new Error(`npm install in ${dir} failed:\n${result.output}`);
  installOutput.push(result.output);
  return dir;
}

describe("the npm package in a consumer's project", () => {
  beforeAll(async () => {
    // `npm pack` runs `prepack`, which builds dist/ from the sources: exactly what `npm publish` ships.
    fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
    const packDir = tempDir("consumer-pack-");
    const pack = run("npm", ["pack", "--pack-destination", packDir], root);
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.output}`);
    const [name] = fs.readdirSync(packDir).filter((file) => file.endsWith(".tgz"));
    tarball = path.join(packDir, name!);
    const listing = run("tar", ["-tzf", tarball], packDir);
    tarballFiles = listing.stdout
      .split("\n")
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ""));
    const common = commonDependencies();
    cdktfProject = await install("cdktf", [`cdktf@${versionOf("cdktf")}`, `tsx@${versionOf("tsx")}`, ...common]);
    terrainProject = await install("terrain", [`cdktn@${versionOf("cdktn")}`, ...common]);
  }, 1_200_000);

  test("the tarball holds compiled JavaScript, declarations and data, and no tests, fixtures, bench or CI files", () => {
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "RULES.md",
        "bin/dpia.cjs",
        "dist/src/index.js",
        "dist/cli.js",
        "dist/src/cli/run-bundle.js",
        "dist/src/index.d.ts",
        "dist/aspects/dpia-gate.js",
        "dist/src/catalog/data/scopes.json",
        "dist/provider-schema/genesyscloud.json",
        "schemas/dpia.schema.json",
      ]),
    );
    const unwanted = tarballFiles.filter(
      (file) =>
        /(^|\/)(test|tests|fixtures|bench|examples|scripts|\.ci|\.github|\.gen|src|aspects)\//.test(
          file.replace(/^dist\//, ""),
        ) && !file.startsWith("dist/"),
    );
    expect(unwanted).toEqual([]);
    expect(tarballFiles.filter((file) => /\.test\.|\.spec\.|(?<!\.d)\.ts$|\.tsbuildinfo$/.test(file))).toEqual([]);
    // The CLI's code cache is made where the package is installed, never shipped from the machine that packed it.
    expect(tarballFiles.filter((file) => file.endsWith(".cache"))).toEqual([]);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(cdktfProject, "node_modules", "genesys-dpia-gate", "package.json"), "utf8"),
    );
    expect(manifest.private).toBeUndefined();
    expect(manifest.peerDependenciesMeta).toMatchObject({ cdktf: { optional: true }, cdktn: { optional: true } });
    // npm 11 lists a dependency's `prepare` under "install scripts not yet covered by allowScripts"
    // even from a tarball, where it never runs it: a git install builds through `dependencies`
    // (consumer-git.test.ts), which npm runs in the clone only and lists to nobody.
    for (const script of ["prepare", "preinstall", "install", "postinstall"])
      expect(manifest.scripts).not.toHaveProperty(script);
    // npm lists a dependency's install scripts to the consumer; this package has none to list.
    expect(installOutput.join("\n")).not.toContain("genesys-dpia-gate@");
  });

  test(
    "under ts-node with TypeScript 5, as cdktf's own template runs an app",
    () => {
      const dir = app(cdktfProject, { app: "npx ts-node main.ts", tsconfig: "tsconfig.cdktf-template.json" });
      expect(versionOf("typescript5")).toMatch(/^5\./);
      expectBothOutcomes(dir);
    },
    SLOW,
  );

  test(
    "under tsx",
    () => {
      expectBothOutcomes(
        app(path.join(cdktfProject, "tsx-app"), {
          app: `${path.join(cdktfProject, "node_modules", ".bin", "tsx")} main.ts`,
          tsconfig: "tsconfig.cdktf-template.json",
        }),
      );
    },
    SLOW,
  );

  test(
    "compiled with tsc (strict, skipLibCheck false, exactOptionalPropertyTypes, noPropertyAccessFromIndexSignature) and run with node",
    () => {
      const dir = app(path.join(cdktfProject, "compiled-app"), {
        app: "node build/main.js",
        tsconfig: "tsconfig.strict.json",
      });
      const compiled = run(path.join(cdktfProject, "node_modules", ".bin", "tsc"), ["-p", "."], dir);
      expect(compiled.status, compiled.output).toBe(0);
      expect(fs.readFileSync(path.join(dir, "build", "main.js"), "utf8")).toContain('require("genesys-dpia-gate")');
      expectBothOutcomes(dir);
    },
    SLOW,
  );

  test(
    'in an ES module project ("type": "module"), compiled and run with node',
    () => {
      const dir = app(path.join(cdktfProject, "esm-app"), {
        app: "node build/main.js",
        tsconfig: "tsconfig.esm.json",
        packageJson: { type: "module", private: true },
      });
      const compiled = run(path.join(cdktfProject, "node_modules", ".bin", "tsc"), ["-p", "."], dir);
      expect(compiled.status, compiled.output).toBe(0);
      expect(fs.readFileSync(path.join(dir, "build", "main.js"), "utf8")).toMatch(
        /^import \{ addDpiaSample, DpiaGate \} from "genesys-dpia-gate";$/m,
      );
      expectBothOutcomes(dir);
    },
    SLOW,
  );

  test(
    "in a CDK Terrain (cdktn) project under ts-node",
    () => {
      expect(fs.existsSync(path.join(terrainProject, "node_modules", "cdktf"))).toBe(false);
      expectBothOutcomes(
        app(terrainProject, {
          app: "npx ts-node main.ts",
          tsconfig: "tsconfig.cdktf-template.json",
          cdktfImport: "cdktn",
        }),
      );
    },
    SLOW,
  );

  test(
    "in a CDK Terrain project with the real cdktn CLI, on the Node release it needs",
    async () => {
      // Installed here, not with the others: on that Node, npm installs for it.
      const terrainCliNode = cdktnCliNode();
      const terrainCliProject = await install(
        "terrain-cli",
        [`cdktn@${versionOf("cdktn")}`, `cdktn-cli@${CDKTN_CLI_VERSION}`, ...commonDependencies(terrainCliNode)],
        terrainCliNode,
      );
      const node = run("node", ["-p", "process.versions.node"], terrainCliProject, terrainCliNode);
      expect(atLeast(node.stdout.trim().split(".").map(Number), CDKTN_CLI_NODE), node.output).toBe(true);
      const cdktnSynth: Synth = (dir, stack) =>
        runCommand("npx", ["--no-install", "cdktn", "synth"], {
          cwd: dir,
          env: { CI: "1", CONSUMER_STACK: stack, PATH: pathWith(terrainCliNode) },
          timeout: SLOW,
        });
      const version = runCommand("npx", ["--no-install", "cdktn", "--version"], {
        cwd: terrainCliProject,
        env: { PATH: pathWith(terrainCliNode) },
      });
      // Below the version, cdktn may pass on terraform's own warnings (a missing ~/.terraformrc).
      expect(version.stdout.split("\n")[0], version.output).toBe(CDKTN_CLI_VERSION);
      expectBothOutcomes(
        app(terrainCliProject, {
          app: "npx ts-node main.ts",
          tsconfig: "tsconfig.cdktf-template.json",
          cdktfImport: "cdktn",
        }),
        cdktnSynth,
      );
    },
    2 * SLOW,
  );

  test(
    "npx dpia runs the compiled CLI where tsx is not installed",
    () => {
      expect(fs.existsSync(path.join(terrainProject, "node_modules", "tsx"))).toBe(false);
      const version = run("npx", ["--no-install", "dpia", "--version"], terrainProject);
      expect(version.status, version.output).toBe(0);
      expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
      const help = run("npx", ["--no-install", "dpia", "--help"], terrainProject);
      expect(help.status, help.output).toBe(0);
      expect(help.stdout).toContain("Usage: dpia [options] [command]");
      expect(help.stdout).toMatch(/gate \[options\] <path>/);
      // The compiled gate re-assesses what the Terrain app synthesized (both stacks, from the tests above).
      const gate = run("npx", ["--no-install", "dpia", "gate", "cdktf.out"], terrainProject);
      expect(gate.status, gate.output).toBe(1);
      // High: the CRM is a third party and no vendor source is configured (GC-VEN-1, issue 27); it warns, it does not block.
      expect(gate.stdout).toMatch(/^APPROVED High +INT-crm-look-up-[0-9a-f]{6} +"CRM look-up"/m);
      expect(gate.stdout).toMatch(/^BLOCKED  Critical INT-card-payments-[0-9a-f]{6} +"Card payments"/m);
      // A .tf folder (the HCL parser and its WebAssembly from dist/) and a plan JSON, through the package.
      const threeForms = path.join(root, "test", "fixtures", "three-forms");
      fs.cpSync(path.join(threeForms, "hcl"), path.join(terrainProject, "terraform"), { recursive: true });
      fs.copyFileSync(path.join(threeForms, "plan.json"), path.join(terrainProject, "plan.json"));
      // Each twice, from no code cache: the first `.tf` run makes it (before the HCL parser changes V8's flags, which
      // would make V8 refuse it), and every later run compiles from it without making it again.
      const installedDist = path.join(terrainProject, "node_modules", "genesys-dpia-gate", "dist");
      const gateCaches = () =>
        fs.readdirSync(installedDist).filter((file) => /^cli-gate-[0-9a-f]{24}\.cache$/.test(file));
      for (const cache of gateCaches()) fs.rmSync(path.join(installedDist, cache));
      const written = new Set<number>();
      for (const target of ["terraform", "terraform", "plan.json", "plan.json"]) {
        const assessed = run("npx", ["--no-install", "dpia", "gate", target, "--compact"], terrainProject);
        expect(assessed.status, assessed.output).toBe(1);
        expect(assessed.stdout).toMatch(/^BLOCKED  Critical OAC-exporter-[0-9a-f]{6}  "Exporter" \(5 findings\)/m);
        expect(gateCaches(), target).toHaveLength(1);
        written.add(fs.statSync(path.join(installedDist, gateCaches()[0]!)).mtimeMs);
      }
      expect(written.size).toBe(1);
    },
    SLOW,
  );
});
