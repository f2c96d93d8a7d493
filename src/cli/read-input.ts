import * as fs from "node:fs";
import * as path from "node:path";
import { DpiaSchema, type Dpia } from "../dpia/schema";
import type { Inventory } from "../inventory/model";
import { isTerraformFile, readHclFolder } from "../inventory/read-hcl";
import { readPlanJson } from "../inventory/read-plan";
import { readTerraformJson } from "../inventory/read-terraform-json";
import { InputError } from "../validation/input-error";

/** One configuration to assess, and what the aspect wrote for it when it ran. */
export interface GateInput {
  /** Undefined for a stack the aspect blocked at synthesis: only its DPIAs are there. */
  inventory?: Inventory;
  /** DPIAs found next to a synthesized stack; undefined when the folder has none. */
  aspectDpias?: Array<{ file: string; dpia?: Dpia; problem?: string }>;
}

function readJson(file: string): unknown {
  const text = fs.readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ file, location: "", expected: `complete, valid JSON (${(error as Error).message}); a truncated file?` }]);
  }
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
        const parsed = DpiaSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
        return parsed.success ? { file, dpia: parsed.data } : { file, problem: "does not match the DPIA schema" };
      } catch {
        return { file, problem: "is not valid JSON" };
      }
    });
}

async function readCdktfOut(dir: string, onWarning: (message: string) => void): Promise<GateInput[]> {
  const stacksDir = path.join(dir, "stacks");
  const names = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir).filter((name) => fs.statSync(path.join(stacksDir, name)).isDirectory()).sort() : [];
  if (names.length === 0) throw new InputError([{ file: dir, location: "stacks", expected: "at least one synthesized stack (run cdktf synth first)" }]);
  const inputs: GateInput[] = [];
  for (const name of names) {
    const stackDir = path.join(stacksDir, name);
    const jsonFile = path.join(stackDir, "cdk.tf.json");
    let inventory: Inventory;
    if (fs.existsSync(jsonFile)) inventory = readTerraformJson(readJson(jsonFile), { scope: `stack "${name}"`, origin: jsonFile, onWarning });
    else if (fs.existsSync(path.join(stackDir, "cdk.tf"))) {
      // With hclOutput cdktf writes cdk.tf; some versions write it as JSON (with construct paths).
      const text = fs.readFileSync(path.join(stackDir, "cdk.tf"), "utf8");
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      inventory = json
        ? readTerraformJson(json, { scope: `stack "${name}"`, origin: path.join(stackDir, "cdk.tf"), onWarning })
        : { ...(await readHclFolder(stackDir, { onWarning })), scope: `stack "${name}"` };
    }
    else {
      // A stack the aspect blocked has DPIAs but no configuration; its DPIAs decide (fail closed).
      const written = aspectDpias(stackDir);
      if (written) {
        onWarning(`stack "${name}" has no synthesized configuration (blocked at synthesis); its DPIAs are reported as the aspect wrote them`);
        inputs.push({ aspectDpias: written });
      }
      continue;
    }
    inputs.push({ inventory, aspectDpias: aspectDpias(stackDir) });
  }
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
export async function readGateInput(target: string, options: { varFiles?: string[]; onWarning: (message: string) => void }): Promise<GateInput[]> {
  if (!fs.existsSync(target)) throw new InputError([{ file: target, location: "", expected: "an existing cdktf.out folder, folder of .tf files, or plan JSON file" }]);
  const stat = fs.statSync(target);
  if ((options.varFiles?.length ?? 0) > 0 && (stat.isFile() || isCdktfOut(target))) {
    // Silently ignoring them would assess other values than the user meant.
    throw new InputError([{ file: "--var-file", location: "", expected: `a folder of .tf files to apply to; ${target} is ${stat.isFile() ? "a file (a plan already holds its variables)" : "a cdktf.out folder"}` }]);
  }
  if (stat.isFile()) {
    if (target.endsWith(".tf")) {
      throw new InputError([{ file: target, location: "", expected: `a folder, not one .tf file: Terraform reads all files of a folder as one configuration (dpia gate ${path.dirname(target)})` }]);
    }
    const raw = readJson(target) as Record<string, unknown>;
    if (raw && typeof raw === "object" && "format_version" in raw) return [{ inventory: readPlanJson(raw, target) }];
    if (raw && typeof raw === "object" && ("resource" in raw || "provider" in raw || "terraform" in raw)) {
      return [{ inventory: readTerraformJson(raw, { scope: `file "${path.basename(target)}"`, origin: target, onWarning: options.onWarning }) }];
    }
    throw new InputError([{ file: target, location: "", expected: "a Terraform plan (terraform show -json) or Terraform JSON configuration" }]);
  }
  if (isCdktfOut(target)) return readCdktfOut(target, options.onWarning);
  if (hasTf(target)) return [{ inventory: await readHclFolder(target, { varFiles: options.varFiles, onWarning: options.onWarning }) }];
  const roots = fs
    .readdirSync(target)
    .map((name) => path.join(target, name))
    .filter((dir) => fs.statSync(dir).isDirectory() && hasTf(dir))
    .sort();
  if (roots.length === 0) throw new InputError([{ file: target, location: "", expected: "a cdktf.out folder, .tf files, or folders of .tf files; found nothing recognisable" }]);
  const inputs: GateInput[] = [];
  for (const dir of roots) inputs.push({ inventory: await readHclFolder(dir, { varFiles: options.varFiles, onWarning: options.onWarning }) });
  return inputs;
}
