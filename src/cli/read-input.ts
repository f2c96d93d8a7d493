import * as fs from "node:fs";
import * as path from "node:path";
import { DpiaSchema, type Dpia } from "../dpia/schema";
import type { Inventory } from "../inventory/model";
import { isTerraformFile, readHclFolder } from "../inventory/read-hcl";
import { readPlanJson } from "../inventory/read-plan";
import { readTerraformJson } from "../inventory/read-terraform-json";
import { InputError } from "../validation/input-error";
import { assertNestingDepth } from "../validation/nesting-depth";
import { readRegularFile } from "../validation/regular-file";

/** One configuration to assess, and what the aspect wrote for it when it ran. */
export interface GateInput {
  /** Undefined for a stack the aspect blocked at synthesis: only its DPIAs are there. */
  inventory?: Inventory;
  /** DPIAs found next to a synthesized stack; undefined when the folder has none. */
  aspectDpias?: Array<{ file: string; dpia?: Dpia; problem?: string }>;
  /** The cdktf stack the input came from, when it came from cdktf.out. */
  stackName?: string;
}

function readJson(file: string): unknown {
  const text = readRegularFile(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError([
      { file, location: "", expected: `complete, valid JSON (${(error as Error).message}); a truncated file?` },
    ]);
  }
  return assertNestingDepth(json, file);
}

function aspectDpias(stackDir: string): GateInput["aspectDpias"] {
  const dir = path.join(stackDir, "dpia");
  if (!fs.existsSync(dir)) return undefined;
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      try {
        const parsed = DpiaSchema.safeParse(readJson(file));
        return parsed.success ? { file, dpia: parsed.data } : { file, problem: "does not match the DPIA schema" };
      } catch (error) {
        return {
          file,
          problem: error instanceof InputError ? `cannot be read: ${error.message}` : "is not valid JSON",
        };
      }
    });
}

/** Files Terraform loads from a working folder besides configuration: variable values. */
const AUTO_VARIABLE_FILE = /^terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/;
/** Files OpenTofu loads with (and in place of) .tf files; the gate does not read them. */
const OPENTOFU_FILE = /\.tofu(\.json)?$/;

/** The stack folders cdktf deploys: every folder under stacks/ and every working directory the manifest names. */
function stackFolders(dir: string): Array<{ name: string; dir: string }> {
  const stacksDir = path.join(dir, "stacks");
  const found = new Map<string, string>();
  if (fs.existsSync(stacksDir)) {
    for (const name of fs.readdirSync(stacksDir).sort())
      if (fs.statSync(path.join(stacksDir, name)).isDirectory()) found.set(path.join(stacksDir, name), name);
  }
  const manifestFile = path.join(dir, "manifest.json");
  if (fs.existsSync(manifestFile)) {
    const manifest = readJson(manifestFile) as { stacks?: unknown };
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
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

function parsesAsJson(file: string): unknown {
  const text = readRegularFile(file);
  try {
    return assertNestingDepth(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return undefined;
  }
}

/**
 * One stack folder, read as Terraform reads its working folder: every .tf and .tf.json file,
 * override files merged, auto-loaded variable files applied. cdk.tf.json alone is read with its
 * construct paths; anything Terraform would load beside it makes the whole folder the configuration.
 */
async function readStackFolder(
  name: string,
  stackDir: string,
  onWarning: (message: string) => void,
): Promise<GateInput> {
  const entries = fs.existsSync(stackDir) ? fs.readdirSync(stackDir).sort() : [];
  const isFile = (entry: string) => !fs.statSync(path.join(stackDir, entry), { throwIfNoEntry: false })?.isDirectory();
  const tofu = entries.filter((entry) => OPENTOFU_FILE.test(entry));
  if (tofu.length > 0) {
    throw new InputError([
      {
        file: path.join(stackDir, tofu[0]!),
        location: "",
        expected: `no OpenTofu files in stack "${name}": OpenTofu loads ${tofu.join(", ")} with the stack's configuration and the gate does not read them (assess the plan JSON instead)`,
      },
    ]);
  }
  const configuration = entries.filter((entry) => isTerraformFile(entry) && isFile(entry));
  const variableFiles = entries.filter((entry) => AUTO_VARIABLE_FILE.test(entry) && isFile(entry));
  const scope = `stack "${name}"`;
  if (configuration.length === 0) {
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
  const only = configuration.length === 1 && variableFiles.length === 0 ? configuration[0] : undefined;
  if (only === "cdk.tf.json")
    return {
      inventory: readTerraformJson(readJson(path.join(stackDir, only)), {
        scope,
        origin: path.join(stackDir, only),
        onWarning,
      }),
      aspectDpias: aspectDpias(stackDir),
      stackName: name,
    };
  // With hclOutput cdktf writes cdk.tf; some versions write it as JSON (with construct paths).
  const cdkTfJson = configuration.includes("cdk.tf") ? parsesAsJson(path.join(stackDir, "cdk.tf")) : undefined;
  if (cdkTfJson !== undefined) {
    if (only !== "cdk.tf")
      throw new InputError([
        {
          file: path.join(stackDir, "cdk.tf"),
          location: "",
          expected: `HCL, as Terraform reads every .tf file with ${configuration
            .concat(variableFiles)
            .filter((entry) => entry !== "cdk.tf")
            .join(", ")}; this cdk.tf holds JSON`,
        },
      ]);
    return {
      inventory: readTerraformJson(cdkTfJson, { scope, origin: path.join(stackDir, "cdk.tf"), onWarning }),
      aspectDpias: aspectDpias(stackDir),
      stackName: name,
    };
  }
  const besides = [...configuration, ...variableFiles].filter((entry) => entry !== "cdk.tf.json" && entry !== "cdk.tf");
  if (besides.length > 0)
    onWarning(
      `stack "${name}": ${besides.join(", ")} ${besides.length === 1 ? "is" : "are"} loaded by Terraform with the synthesized configuration, so the gate assesses the folder as one configuration`,
    );
  // In a folder of .tf files a duplicate is reported and the first one assessed; in a stack the
  // file order would decide which of two declarations is assessed, so it cannot be assessed at all.
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
  const inventory: Inventory = { ...folder, scope, resources: withConstructPaths(folder.resources, stackDir) };
  return { inventory, aspectDpias: aspectDpias(stackDir), stackName: name };
}

/** Construct paths from cdk.tf.json, for resources the folder reader found without one. */
function withConstructPaths(resources: Inventory["resources"], stackDir: string): Inventory["resources"] {
  const file = path.join(stackDir, "cdk.tf.json");
  if (!fs.existsSync(file)) return resources;
  const synthesized = readTerraformJson(readJson(file), { scope: "", origin: file, onWarning: () => undefined });
  const paths = new Map(synthesized.resources.map((resource) => [resource.address, resource.location.constructPath]));
  return resources.map((resource) =>
    paths.get(resource.address)
      ? { ...resource, location: { ...resource.location, constructPath: paths.get(resource.address) } }
      : resource,
  );
}

async function readCdktfOut(dir: string, onWarning: (message: string) => void): Promise<GateInput[]> {
  const stacks = stackFolders(dir);
  if (stacks.length === 0)
    throw new InputError([
      { file: dir, location: "stacks", expected: "at least one synthesized stack (run cdktf synth first)" },
    ]);
  const inputs: GateInput[] = [];
  for (const stack of stacks) inputs.push(await readStackFolder(stack.name, stack.dir, onWarning));
  return inputs;
}

function isCdktfOut(dir: string): boolean {
  return fs.existsSync(path.join(dir, "manifest.json")) || fs.existsSync(path.join(dir, "stacks"));
}

function hasTf(dir: string): boolean {
  return fs.readdirSync(dir).some(isTerraformFile);
}

/**
 * Recognises what the path holds: a cdktf.out folder, a folder of .tf files (or a folder of such
 * folders), a plan JSON or a Terraform JSON file.
 */
export async function readGateInput(
  target: string,
  options: { varFiles?: string[]; onWarning: (message: string) => void },
): Promise<GateInput[]> {
  if (!fs.existsSync(target))
    throw new InputError([
      { file: target, location: "", expected: "an existing cdktf.out folder, folder of .tf files, or plan JSON file" },
    ]);
  const stat = fs.statSync(target);
  if (!stat.isFile() && !stat.isDirectory())
    throw new InputError([
      { file: target, location: "", expected: "a regular file or a folder (not a pipe, socket or device)" },
    ]);
  if ((options.varFiles?.length ?? 0) > 0 && (stat.isFile() || isCdktfOut(target))) {
    // Silently ignoring them would assess other values than the user meant.
    throw new InputError([
      {
        file: "--var-file",
        location: "",
        expected: `a folder of .tf files to apply to; ${target} is ${stat.isFile() ? "a file (a plan already holds its variables)" : "a cdktf.out folder"}`,
      },
    ]);
  }
  if (stat.isFile()) {
    if (target.endsWith(".tf")) {
      throw new InputError([
        {
          file: target,
          location: "",
          expected: `a folder, not one .tf file: Terraform reads all files of a folder as one configuration (dpia gate ${path.dirname(target)})`,
        },
      ]);
    }
    const raw = readJson(target) as Record<string, unknown>;
    if (raw && typeof raw === "object" && "format_version" in raw) return [{ inventory: readPlanJson(raw, target) }];
    if (raw && typeof raw === "object" && ("resource" in raw || "provider" in raw || "terraform" in raw)) {
      return [
        {
          inventory: readTerraformJson(raw, {
            scope: `file "${path.basename(target)}"`,
            origin: target,
            onWarning: options.onWarning,
          }),
        },
      ];
    }
    throw new InputError([
      {
        file: target,
        location: "",
        expected: "a Terraform plan (terraform show -json) or Terraform JSON configuration",
      },
    ]);
  }
  if (isCdktfOut(target)) return readCdktfOut(target, options.onWarning);
  if (hasTf(target))
    return [{ inventory: await readHclFolder(target, { varFiles: options.varFiles, onWarning: options.onWarning }) }];
  const roots = fs
    .readdirSync(target)
    .map((name) => path.join(target, name))
    .filter((dir) => fs.statSync(dir).isDirectory() && hasTf(dir))
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
  for (const dir of roots)
    inputs.push({ inventory: await readHclFolder(dir, { varFiles: options.varFiles, onWarning: options.onWarning }) });
  return inputs;
}
