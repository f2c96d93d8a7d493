import * as fs from "node:fs";
import * as path from "node:path";
import { DpiaSchema } from "../dpia/schema";
import type { GateInput } from "../gate/gate-input";
import type { Inventory } from "../inventory/model";
import { readHclFolder, readJsonConfigurationModules } from "../inventory/read-hcl";
import { isConfigurationFile } from "../inventory/terraform-folder";
import type { VariableArgument } from "../inventory/variable-values";
import { readPlanJson } from "../inventory/read-plan";
import { attachReferencedFiles } from "../inventory/read-referenced-files";
import { readTerraformJson } from "../inventory/read-terraform-json";
import type { ArtifactFile } from "../report/artifact-checks";
import { InputError } from "../validation/input-error";
import { assertUniqueKeys } from "../validation/duplicate-keys";
import { assertNestingDepth } from "../validation/nesting-depth";
import { isFolder, listFolder, statPath } from "../validation/paths";
import { readRegularFile } from "../validation/regular-file";
import { parseUserJson, readUserJson } from "../validation/user-json";
import { compareText } from "../text-order";

type OnWarning = (message: string) => void;

function readJson(file: string, what: string): unknown {
  return parseUserJson({ file, what });
}

/** A Terraform JSON configuration (cdk.tf.json): user JSON that writes each key of an object once. */
function readConfigurationJson(file: string, what: string): unknown {
  return parseUserJson({ file, what, uniqueKeys: true });
}

/** A DPIA file the aspect wrote: the DPIA, or why it cannot be taken as one. */
function aspectDpias(stackDir: string): ArtifactFile[] | undefined {
  const dir = path.join(stackDir, "dpia");
  if (!statPath(dir, "the DPIAs the aspect wrote")) return undefined;
  return listFolder(dir, "the DPIAs the aspect wrote")
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => readAspectDpia(path.join(dir, name)));
}

/** A DPIA the aspect wrote; one that cannot be read or does not match the schema is a problem to report, not an error. */
function readAspectDpia(file: string): ArtifactFile {
  try {
    return { file, dpia: readUserJson({ file, what: "a DPIA" }, DpiaSchema) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const details = error.problems.map((problem) => [problem.location, problem.expected].filter(Boolean).join(": "));
    return { file, problem: `is not a DPIA the gate can read (${details.join("; ")})` };
  }
}

/** Files Terraform loads from a working folder besides configuration: variable values. */
const AUTO_VARIABLE_FILE = /^terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/;
/** Files OpenTofu loads with (and in place of) .tf files; the gate does not read them. */
const OPENTOFU_FILE = /\.tofu(\.json)?$/;

/** The stack folders cdktf deploys: every folder under stacks/ and every working directory the manifest names. */
function stackFolders(dir: string): Array<{ name: string; dir: string }> {
  const stacksDir = path.join(dir, "stacks");
  const found = new Map<string, string>();
  if (statPath(stacksDir, "the stacks folder")) {
    for (const name of listFolder(stacksDir, "the synthesized stacks, one folder each").sort())
      if (isFolder(path.join(stacksDir, name), "a stack folder")) found.set(path.join(stacksDir, name), name);
  }
  const manifestFile = path.join(dir, "manifest.json");
  if (statPath(manifestFile, "a cdktf manifest")) {
    const manifest = readJson(manifestFile, "a cdktf manifest") as { stacks?: unknown };
    const stacks = manifest && typeof manifest === "object" ? manifest.stacks : undefined;
    if (stacks !== undefined && (typeof stacks !== "object" || stacks === null || Array.isArray(stacks)))
      throw new InputError([{ file: manifestFile, location: "stacks", expected: "an object of stacks keyed by name" }]);
    for (const [name, stack] of Object.entries((stacks ?? {}) as Record<string, unknown>)) {
      const workingDirectory = (stack as { workingDirectory?: unknown } | null)?.workingDirectory;
      if (typeof workingDirectory !== "string")
        throw new InputError([
          {
            file: manifestFile,
            location: `stacks.${name}.workingDirectory`,
            expected: "the stack's folder inside cdktf.out",
          },
        ]);
      const stackDir = path.resolve(dir, workingDirectory);
      const relative = path.relative(path.resolve(dir), stackDir);
      // cdktf deploys from this folder: one outside cdktf.out is a configuration the gate was not given.
      if (relative.startsWith("..") || path.isAbsolute(relative))
        throw new InputError([
          {
            file: manifestFile,
            location: `stacks.${name}.workingDirectory`,
            expected: `a folder inside ${dir}, got ${workingDirectory}`,
          },
        ]);
      const known = [...found.keys()].find((candidate) => path.resolve(candidate) === stackDir);
      if (!known) found.set(stackDir, name);
    }
  }
  return [...found.entries()]
    .map(([stackDir, name]) => ({ name, dir: stackDir }))
    .sort((a, b) => compareText(a.dir, b.dir));
}

function parsesAsJson(file: string): unknown {
  const text = readRegularFile(file);
  try {
    const json = assertNestingDepth(JSON.parse(text) as unknown, file);
    assertUniqueKeys(text, { file, what: "a synthesized stack" });
    return json;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return undefined;
  }
}

/** OpenTofu loads .tofu files with the stack's configuration; the gate cannot assess what it does not read. */
function assertNoOpenTofu(name: string, stackDir: string, entries: string[]): void {
  const tofu = entries.filter((entry) => OPENTOFU_FILE.test(entry));
  if (tofu.length === 0) return;
  throw new InputError([
    {
      file: path.join(stackDir, tofu[0] ?? ""),
      location: "",
      expected: `no OpenTofu files in stack "${name}": OpenTofu loads ${tofu.join(", ")} with the stack's configuration and the gate does not read them (assess the plan JSON instead)`,
    },
  ]);
}

/** A stack without configuration: blocked at synthesis, so only the DPIAs the aspect wrote are there. */
function blockedStack(name: string, stackDir: string, onWarning: OnWarning): GateInput {
  const written = aspectDpias(stackDir);
  if (!written || written.length === 0) {
    throw new InputError([
      {
        file: stackDir,
        location: "",
        expected: `the synthesized configuration of stack "${name}" (cdk.tf.json), or the DPIAs of a stack the aspect blocked; it holds neither`,
      },
    ]);
  }
  onWarning(
    `stack "${name}" has no synthesized configuration (blocked at synthesis); its DPIAs are re-checked against this policy's block threshold and exceptions`,
  );
  return { aspectDpias: written, stackName: name };
}

/**
 * The synthesized JSON, with its construct paths, when it is all Terraform loads from the folder:
 * cdk.tf.json alone, or cdk.tf alone when cdktf (with hclOutput, in some versions) wrote it as JSON.
 * Undefined when the folder is to be read as .tf files.
 */
function synthesizedJson(
  stackDir: string,
  configuration: string[],
  variableFiles: string[],
): { origin: string; json: unknown } | undefined {
  const only = configuration.length === 1 && variableFiles.length === 0 ? configuration[0] : undefined;
  if (only === "cdk.tf.json")
    return {
      origin: path.join(stackDir, only),
      json: readConfigurationJson(path.join(stackDir, only), "a synthesized stack"),
    };
  const cdkTf = path.join(stackDir, "cdk.tf");
  const json = configuration.includes("cdk.tf") ? parsesAsJson(cdkTf) : undefined;
  if (json === undefined) return undefined;
  if (only !== "cdk.tf")
    throw new InputError([
      {
        file: cdkTf,
        location: "",
        expected: `HCL, as Terraform reads every .tf file with ${configuration
          .concat(variableFiles)
          .filter((entry) => entry !== "cdk.tf")
          .join(", ")}; this cdk.tf holds JSON`,
      },
    ]);
  return { origin: cdkTf, json };
}

/**
 * The stack folder as Terraform reads it, when more than the synthesized configuration is there. In
 * a folder of .tf files a duplicate is reported and the first one assessed; in a stack the file
 * order would decide which of two declarations is assessed, so it cannot be assessed at all.
 */
async function readStackAsFolder(name: string, stackDir: string, onWarning: OnWarning): Promise<Inventory> {
  const duplicates: string[] = [];
  const folder = await readHclFolder(stackDir, {
    onWarning: (message) =>
      /Terraform rejects duplicates/.test(message) ? duplicates.push(message) : onWarning(message),
  });
  if (duplicates.length > 0)
    throw new InputError(
      duplicates.map((message) => ({
        file: stackDir,
        location: "",
        expected: `each resource declared once, as Terraform requires: ${message.replace(/; Terraform rejects duplicates.*$/, "")}`,
      })),
    );
  return { ...folder, scope: `stack "${name}"`, resources: withConstructPaths(folder.resources, stackDir) };
}

/**
 * One stack folder, read as Terraform reads its working folder: every .tf and .tf.json file,
 * override files merged, auto-loaded variable files applied. cdk.tf.json alone is read with its
 * construct paths; anything Terraform would load beside it makes the whole folder the configuration.
 */
async function readStackFolder(name: string, stackDir: string, onWarning: OnWarning): Promise<GateInput> {
  const holding = `the synthesized configuration of stack "${name}"`;
  const entries = statPath(stackDir, "a stack folder") ? listFolder(stackDir, holding).sort() : [];
  const isFile = (entry: string) => !isFolder(path.join(stackDir, entry));
  assertNoOpenTofu(name, stackDir, entries);
  const configuration = entries.filter((entry) => isConfigurationFile(entry) && isFile(entry));
  const variableFiles = entries.filter((entry) => AUTO_VARIABLE_FILE.test(entry) && isFile(entry));
  if (configuration.length === 0) return blockedStack(name, stackDir, onWarning);
  const synthesized = synthesizedJson(stackDir, configuration, variableFiles);
  if (synthesized) {
    const { origin, json } = synthesized;
    const modules = await readJsonConfigurationModules(json, { dir: stackDir, origin, onWarning });
    const inventory = readTerraformJson(json, { scope: `stack "${name}"`, origin, onWarning, modules });
    return { inventory, aspectDpias: aspectDpias(stackDir), stackName: name };
  }
  const besides = [...configuration, ...variableFiles].filter((entry) => entry !== "cdk.tf.json" && entry !== "cdk.tf");
  if (besides.length > 0)
    onWarning(
      `stack "${name}": ${besides.join(", ")} ${besides.length === 1 ? "is" : "are"} loaded by Terraform with the synthesized configuration, so the gate assesses the folder as one configuration`,
    );
  const inventory = await readStackAsFolder(name, stackDir, onWarning);
  return { inventory, aspectDpias: aspectDpias(stackDir), stackName: name };
}

/** Construct paths from cdk.tf.json, for resources the folder reader found without one. */
function withConstructPaths(resources: Inventory["resources"], stackDir: string): Inventory["resources"] {
  const file = path.join(stackDir, "cdk.tf.json");
  if (!fs.existsSync(file)) return resources;
  const synthesized = readTerraformJson(readConfigurationJson(file, "a synthesized stack"), {
    scope: "",
    origin: file,
    onWarning: () => undefined,
  });
  const paths = new Map(synthesized.resources.map((resource) => [resource.address, resource.location.constructPath]));
  return resources.map((resource) =>
    paths.get(resource.address)
      ? { ...resource, location: { ...resource.location, constructPath: paths.get(resource.address) } }
      : resource,
  );
}

async function readCdktfOut(dir: string, onWarning: OnWarning): Promise<GateInput[]> {
  const stacks = stackFolders(dir);
  if (stacks.length === 0)
    throw new InputError([
      { file: dir, location: "stacks", expected: "at least one synthesized stack (run cdktf synth first)" },
    ]);
  const inputs: GateInput[] = [];
  for (const stack of stacks) inputs.push(await readStackFolder(stack.name, stack.dir, onWarning));
  return inputs;
}

/** Whether stacks/ holds a stack cdktf synthesized (stacks/<name>/cdk.tf.json). */
function holdsSynthesizedStack(dir: string): boolean {
  const stacks = path.join(dir, "stacks");
  if (!isFolder(stacks)) return false;
  return listFolder(stacks, "cdktf stacks").some((name) => fs.existsSync(path.join(stacks, name, "cdk.tf.json")));
}

/**
 * A cdktf.out folder: a manifest or a stacks/ folder, and no configuration of its own. A folder of .tf files that
 * also holds a stacks/ folder is a Terraform root (Terraform reads only the folder's own files); one that also
 * holds a manifest or a synthesized stack is refused, since either reading would leave out what the other deploys.
 */
function isCdktfOut(dir: string): boolean {
  const manifest = fs.existsSync(path.join(dir, "manifest.json"));
  if (!manifest && !fs.existsSync(path.join(dir, "stacks"))) return false;
  if (!hasTf(dir)) return true;
  if (manifest || holdsSynthesizedStack(dir))
    throw new InputError([
      {
        file: dir,
        location: manifest ? "manifest.json" : "stacks",
        expected:
          "either a cdktf.out folder (manifest.json, stacks/<name>/cdk.tf.json) or a folder of .tf files, not both: pass the one you deploy",
      },
    ]);
  return false;
}

/** Whether the folder of a .tf.json file holds other .tf or .tf.json files, which Terraform reads with it. */
function hasOtherConfiguration(file: string): boolean {
  const name = path.basename(file);
  return listFolder(path.dirname(file), "Terraform configuration").some(
    (entry) => entry !== name && isConfigurationFile(entry),
  );
}

function hasTf(dir: string): boolean {
  return listFolder(dir, "Terraform configuration").some(isConfigurationFile);
}

/** A path the gate can read, and --var-file and --var only where there is a folder of .tf files to apply them to. */
function assertGateTarget(target: string, variableArguments: VariableArgument[] | undefined): fs.Stats {
  if (!fs.existsSync(target))
    throw new InputError([
      { file: target, location: "", expected: "an existing cdktf.out folder, folder of .tf files, or plan JSON file" },
    ]);
  const stat = fs.statSync(target);
  if (!stat.isFile() && !stat.isDirectory())
    throw new InputError([
      { file: target, location: "", expected: "a regular file or a folder (not a pipe, socket or device)" },
    ]);
  const first = variableArguments?.[0];
  if (first && (stat.isFile() || isCdktfOut(target))) {
    // Silently ignoring them would assess other values than the user meant.
    throw new InputError([
      {
        file: first.option === "-var-file" ? "--var-file" : "--var",
        location: "",
        expected: `a folder of .tf files to apply to; ${target} is ${stat.isFile() ? "a file (a plan already holds its variables)" : "a cdktf.out folder"}`,
      },
    ]);
  }
  return stat;
}

/** One file: a plan (terraform show -json) or a Terraform JSON configuration, with the modules it calls. */
async function readGateFile(target: string, onWarning: OnWarning): Promise<Inventory> {
  if (target.endsWith(".tf") || (isConfigurationFile(path.basename(target)) && hasOtherConfiguration(target))) {
    throw new InputError([
      {
        file: target,
        location: "",
        expected: `a folder, not one of its files: Terraform reads all .tf and .tf.json files of a folder as one configuration (dpia gate ${path.dirname(target)})`,
      },
    ]);
  }
  const what = "a plan or Terraform JSON configuration";
  const text = readRegularFile(target, what);
  const raw = parseUserJson({ file: target, what, text }) as Record<string, unknown>;
  if (raw && typeof raw === "object" && "format_version" in raw) return readPlanJson(raw, target);
  if (raw && typeof raw === "object" && ("resource" in raw || "provider" in raw || "terraform" in raw)) {
    assertUniqueKeys(text, { file: target, what: "a Terraform JSON configuration" });
    const where = { dir: path.dirname(target), origin: target, onWarning };
    const modules = await readJsonConfigurationModules(raw, where);
    return readTerraformJson(raw, {
      scope: `file "${path.basename(target)}"`,
      origin: target,
      onWarning,
      modules,
    });
  }
  throw new InputError([
    {
      file: target,
      location: "",
      expected: "a Terraform plan (terraform show -json) or Terraform JSON configuration",
    },
  ]);
}

/** A folder of .tf files, or a folder of such folders (one configuration each). */
async function readTerraformFolders(
  target: string,
  options: { variableArguments?: VariableArgument[]; onWarning: OnWarning },
): Promise<GateInput[]> {
  if (hasTf(target)) return [{ inventory: await readHclFolder(target, options) }];
  const roots = listFolder(target, "Terraform configuration, or folders of it")
    .map((name) => path.join(target, name))
    .filter((dir) => isFolder(dir) && hasTf(dir))
    .sort();
  if (roots.length === 0)
    throw new InputError([
      {
        file: target,
        location: "",
        expected: "a cdktf.out folder, .tf files, or folders of .tf files; found nothing recognisable",
      },
    ]);
  const inputs: GateInput[] = [];
  for (const dir of roots) inputs.push({ inventory: await readHclFolder(dir, options) });
  return inputs;
}

/**
 * Recognises what the path holds: a cdktf.out folder, a folder of .tf files (or a folder of such
 * folders), a plan JSON or a Terraform JSON file.
 */
export async function readGateInput(
  target: string,
  options: { variableArguments?: VariableArgument[]; onWarning: OnWarning },
): Promise<GateInput[]> {
  const stat = assertGateTarget(target, options.variableArguments);
  if (stat.isFile()) return [{ inventory: await readGateFile(target, options.onWarning) }];
  if (isCdktfOut(target)) return readCdktfOut(target, options.onWarning);
  return readTerraformFolders(target, { variableArguments: options.variableArguments, onWarning: options.onWarning });
}

/** What `dpia gate` assesses: every input (readGateInput), with the Architect flow and script files each references. */
export async function readGateInputs(
  target: string,
  options: { variableArguments?: VariableArgument[]; onWarning: OnWarning },
): Promise<GateInput[]> {
  return (await readGateInput(target, options)).map((input) =>
    input.inventory ? { ...input, inventory: attachReferencedFiles(input.inventory, target) } : input,
  );
}
