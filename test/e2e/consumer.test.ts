// The package as a new user gets it: `npm pack`, installed from the tarball into fresh projects,
// and the real `cdktf synth` under each way people run a CDKTF app in TypeScript.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { run as runCommand, synth as cdktfSynth } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test", "fixtures", "consumer");
// Sized for a shared two-core machine: one test installs nothing but runs two synths and a compile.
const SLOW = 600_000;

const versionOf = (name: string) =>
  (JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

/** npm, tar, tsc and the installed dpia, without prompts (CI=1). */
function run(command: string, args: string[], cwd: string) {
  return runCommand(command, args, { cwd, env: { CI: "1" }, timeout: SLOW });
}

let tarball = "";
let tarballFiles: string[] = [];
let cdktfProject = "";
let terrainProject = "";
const installOutput: string[] = [];

/** A project folder with its package.json and dependencies installed from the npm cache. */
function install(name: string, dependencies: string[]): string {
  const dir = tempDir(`consumer-${name}-`);
  fs.writeFileSync(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: `consumer-${name}`, version: "1.0.0", private: true }, null, 2)}\n`,
  );
  const result = run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, ...dependencies], dir);
  if (result.status !== 0) throw new Error(`npm install in ${dir} failed:\n${result.output}`);
  installOutput.push(result.output);
  return dir;
}

/** One CDKTF app folder: the consumer's main.ts, policy, tsconfig and cdktf.json. */
function app(
  dir: string,
  options: { app: string; tsconfig: string; packageJson?: object; cdktfImport?: string },
): string {
  fs.mkdirSync(dir, { recursive: true });
  const main = fs.readFileSync(path.join(fixtures, "main.ts"), "utf8");
  fs.writeFileSync(
    path.join(dir, "main.ts"),
    options.cdktfImport ? main.replace('from "cdktf"', `from "${options.cdktfImport}"`) : main,
  );
  fs.copyFileSync(path.join(fixtures, "dpia.policy.json"), path.join(dir, "dpia.policy.json"));
  fs.copyFileSync(path.join(fixtures, options.tsconfig), path.join(dir, "tsconfig.json"));
  fs.writeFileSync(
    path.join(dir, "cdktf.json"),
    JSON.stringify({ language: "typescript", app: options.app, sendCrashReports: "false", terraformProviders: [] }),
  );
  if (options.packageJson) fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(options.packageJson));
  return dir;
}

const synth = (dir: string, stack: "clean" | "blocked") =>
  cdktfSynth(dir, { env: { CONSUMER_STACK: stack }, timeout: SLOW });

function dpiaOf(
  dir: string,
  stack: string,
): { compliance_status: string; integration_name: string; generator: { name: string } } {
  const folder = path.join(dir, "cdktf.out", "stacks", stack, "dpia");
  const [file] = fs.readdirSync(folder).filter((name) => name.endsWith(".json"));
  return JSON.parse(fs.readFileSync(path.join(folder, file!), "utf8"));
}

/** The clean stack passes with an approved DPIA; the blocked one fails naming the integration. */
function expectBothOutcomes(dir: string): void {
  const clean = synth(dir, "clean");
  expect(clean.status, clean.output).toBe(0);
  expect(clean.output).toMatch(/APPROVED Medium +INT-crm-look-up-[0-9a-f]{6} +"CRM look-up"/);
  expect(dpiaOf(dir, "crm-lookup")).toMatchObject({
    compliance_status: "APPROVED_FOR_DEPLOYMENT",
    generator: { name: "genesys-dpia-gate" },
  });
  expect(fs.existsSync(path.join(dir, "cdktf.out", "stacks", "crm-lookup", "cdk.tf.json"))).toBe(true);

  const blocked = synth(dir, "blocked");
  expect(blocked.status, blocked.output).not.toBe(0);
  expect(blocked.output).toContain(
    'DpiaBlockedError: Deployment blocked by the DPIA gate: 1 of 1 DPIA in stack "card-payments" at or above Critical risk.',
  );
  expect(blocked.output).toContain('"Card payments" (genesyscloud_integration.integration): Critical risk. GC-FLW-1');
  expect(dpiaOf(dir, "card-payments").compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  expect(fs.existsSync(path.join(dir, "cdktf.out", "stacks", "card-payments", "cdk.tf.json"))).toBe(false);
}

describe("the npm package in a consumer's project", () => {
  beforeAll(() => {
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
    const common = [
      `constructs@${versionOf("constructs")}`,
      `ts-node@${versionOf("ts-node")}`,
      `typescript@${versionOf("typescript5")}`,
      `@types/node@${versionOf("@types/node")}`,
    ];
    cdktfProject = install("cdktf", [`cdktf@${versionOf("cdktf")}`, `tsx@${versionOf("tsx")}`, ...common]);
    terrainProject = install("terrain", [`cdktn@${versionOf("cdktn")}`, ...common]);
  }, 1_200_000);

  test("the tarball holds compiled JavaScript, declarations and data, and no tests, fixtures, bench or CI files", () => {
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "RULES.md",
        "bin/dpia.cjs",
        "dist/src/index.js",
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
    const manifest = JSON.parse(
      fs.readFileSync(path.join(cdktfProject, "node_modules", "genesys-dpia-gate", "package.json"), "utf8"),
    );
    expect(manifest.private).toBeUndefined();
    expect(manifest.peerDependenciesMeta).toMatchObject({ cdktf: { optional: true }, cdktn: { optional: true } });
    expect(manifest.scripts).not.toHaveProperty("prepare");
    expect(manifest.scripts).not.toHaveProperty("postinstall");
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
      expect(gate.stdout).toMatch(/^APPROVED Medium +INT-crm-look-up-[0-9a-f]{6} +"CRM look-up"/m);
      expect(gate.stdout).toMatch(/^BLOCKED  Critical INT-card-payments-[0-9a-f]{6} +"Card payments"/m);
      // A .tf folder (the HCL parser and its WebAssembly from dist/) and a plan JSON, through the package.
      const threeForms = path.join(root, "test", "fixtures", "three-forms");
      fs.cpSync(path.join(threeForms, "hcl"), path.join(terrainProject, "terraform"), { recursive: true });
      fs.copyFileSync(path.join(threeForms, "plan.json"), path.join(terrainProject, "plan.json"));
      for (const target of ["terraform", "plan.json"]) {
        const assessed = run("npx", ["--no-install", "dpia", "gate", target, "--compact"], terrainProject);
        expect(assessed.status, assessed.output).toBe(1);
        expect(assessed.stdout).toMatch(/^BLOCKED  Critical OAC-exporter-[0-9a-f]{6}  "Exporter" \(5 findings\)/m);
      }
    },
    SLOW,
  );
});
