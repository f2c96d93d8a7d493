import * as fs from "node:fs";
import * as path from "node:path";
import { APPROVED_TF, BLOCKED_TF, FUZZ_POLICY, type Random } from "../harness";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, mutateJson, timed, type OracleKind } from "./kind";

const withoutProvider = (tf: string) => tf.replace(/provider "genesyscloud" \{[^}]*\}\n/, "");

/** A root that calls one downloaded module; `terraform init` left the blocked card action in its folder. */
interface ModulesBase {
  name: string;
  call: string;
  /** What the manifest records for the call (Key "crm"). */
  record: Record<string, unknown>;
  /** The versions the call's constraint accepts, as Terraform reads it (the oracle's own reading). */
  versionAccepted?: (version: string) => boolean;
}

const BASES: ModulesBase[] = [
  {
    name: "git module",
    call: 'module "crm" {\n  source = "git::https://example.com/genesys/crm.git?ref=v1"\n}\n',
    record: { Key: "crm", Source: "git::https://example.com/genesys/crm.git?ref=v1", Dir: ".terraform/modules/crm" },
  },
  {
    name: "registry module",
    call: 'module "crm" {\n  source  = "genesys/crm/genesyscloud"\n  version = "~> 1.0"\n}\n',
    record: {
      Key: "crm",
      Source: "registry.terraform.io/genesys/crm/genesyscloud",
      Version: "1.2.0",
      Dir: ".terraform/modules/crm",
    },
    // "~> 1.0" as go-version reads it: 1.x, a leading v and build metadata allowed, no pre-release.
    versionAccepted: (version) => /^v?0*1(\.[0-9]+)*(\+[0-9A-Za-z~-]+(\.[0-9A-Za-z~-]+)*)?$/.test(version),
  },
];

/** Folders a mutated Dir may name, and what Terraform would load from each. */
const FOLDERS = {
  ".terraform/modules/crm": "blocked",
  ".terraform/modules/decoy": "approved",
  ".terraform/modules/empty": "empty",
} as const;

type TerraformView = { error: string } | { loads: "blocked" | "approved" | "empty" | "root" };

/**
 * What Terraform 1.11 does with this manifest (checked with terraform validate): a manifest that is
 * not JSON or not of its shape, two records for one key, no record for the call, another source,
 * a version the constraint refuses, or a Dir that is not a folder is an error; otherwise it loads
 * the module from Dir, whatever that folder holds (an empty folder is a module without resources).
 */
function terraformView(text: string, base: ModulesBase, root: string): TerraformView {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: "not JSON" };
  }
  // Go's encoding/json: field names match whatever their case (K and ſ fold to k and s), the later spelling wins.
  const field = (object: object, name: string) =>
    Object.entries(object)
      .filter(
        ([key]) =>
          key
            .replace(/\u212a/g, "k")
            .replace(/\u017f/g, "s")
            .toLowerCase() === name.toLowerCase(),
      )
      .pop()?.[1];
  if (json === null || typeof json !== "object" || Array.isArray(json)) return { error: "not an object" };
  const modules = field(json, "Modules") ?? [];
  if (!Array.isArray(modules)) return { error: "Modules is not a list" };
  const records = new Map<string, Record<string, unknown>>();
  for (const entry of modules) {
    // A null record is Go's zero record, Key "": the root's key.
    if (entry !== null && (typeof entry !== "object" || Array.isArray(entry)))
      return { error: "a record is not an object" };
    const record = Object.fromEntries(
      ["Key", "Source", "Version", "Dir"].map((name) => [name, entry === null ? null : (field(entry, name) ?? null)]),
    );
    if (Object.values(record).some((value) => value !== null && typeof value !== "string"))
      return { error: "a field is not a string" };
    const key = String(record.Key ?? "");
    if (records.has(key)) return { error: `two records for ${key}` };
    records.set(key, record);
  }
  const record = records.get("crm");
  if (!record) return { error: "not installed" };
  const bare = (source: unknown) => String(source ?? "").replace(/^registry\.terraform\.io\//, "");
  if (bare(record.Source) !== bare(base.record.Source)) return { error: "source changed" };
  if (base.versionAccepted && !base.versionAccepted(String(record.Version ?? ""))) return { error: "version changed" };
  const dir = path.resolve(root, String(record.Dir ?? ""));
  if (dir.includes("\0")) return { error: "Dir cannot be a path" };
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return { error: "Dir is not a folder" };
  if (dir === path.resolve(root)) return { loads: "root" };
  const loads = Object.entries(FOLDERS).find(([folder]) => path.resolve(root, folder) === dir)?.[1];
  return { loads: loads ?? "empty" };
}

/**
 * The oracle: where Terraform refuses the manifest, exit 2 naming modules.json or the module call;
 * where it loads the blocked module, exit 1; the decoy, exit 0; an empty folder, which would drop
 * the module's resources silently, exit 2.
 */
function judgeModulesCase(view: TerraformView, exitCode: number, stderr: string): string | undefined {
  if ("error" in view || view.loads === "empty" || view.loads === "root") {
    const why =
      "error" in view
        ? `Terraform refuses it (${view.error})`
        : `Dir is ${view.loads === "empty" ? "a folder without configuration" : "the root"}`;
    if (exitCode !== 2) return `${why}, but the gate gave exit ${exitCode}, expected 2`;
    if (!/modules\.json|module "crm"/.test(stderr))
      return `${why}; exit 2 names neither modules.json nor the module: ${stderr.trim().slice(0, 200)}`;
    return undefined;
  }
  const expected = view.loads === "blocked" ? 1 : 0;
  return exitCode === expected
    ? undefined
    : `Terraform loads the ${view.loads} module, so exit ${expected}, but the gate gave ${exitCode}: ${stderr.trim().slice(0, 200)}`;
}

const DIRS = [
  ".terraform/modules/crm",
  ".terraform/modules/crm/",
  "./.terraform/modules/crm",
  ".terraform/modules/../modules/crm",
  ".terraform/modules/decoy",
  ".terraform/modules/empty",
  ".terraform/modules/nowhere",
  ".",
  "",
  "main.tf",
  "/",
  "../outside",
  ".terraform/modules/crm\u0000x",
];

function mutateManifest(
  manifest: { Modules: Array<Record<string, unknown>> },
  base: ModulesBase,
  rng: Random,
  root: string,
) {
  const replaceCrm = (change: Record<string, unknown>) => ({
    ...manifest,
    Modules: manifest.Modules.map((entry) => (entry.Key === "crm" ? { ...entry, ...change } : entry)),
  });
  switch (rng.int(6)) {
    case 0: {
      const dir = rng.pick([...DIRS, path.join(root, ".terraform/modules/crm")]);
      return { mutation: `Dir ${JSON.stringify(dir.replace(root, "<root>"))}`, document: replaceCrm({ Dir: dir }) };
    }
    case 1: {
      const version = rng.pick(["1.0.0", "1.9.3", "2.0.0", "0.9.0", "", "abc", "1.2", "v1.2.0"]);
      return { mutation: `Version ${JSON.stringify(version)}`, document: replaceCrm({ Version: version }) };
    }
    case 2: {
      const source = rng.pick([
        `${String(base.record.Source)}x`,
        "./local",
        String(base.record.Source).toUpperCase(),
        `${String(base.record.Source)}//sub`,
      ]);
      return { mutation: "Source changed", document: replaceCrm({ Source: source }) };
    }
    case 3:
      return {
        mutation: "a second record for the key",
        document: {
          ...manifest,
          Modules: [
            ...manifest.Modules,
            { ...base.record, Dir: rng.pick([".terraform/modules/decoy", ".terraform/modules/empty"]) },
          ],
        },
      };
    default: {
      const { mutation, document } = mutateJson(manifest, rng);
      return { mutation, document };
    }
  }
}

/** `.terraform/modules/modules.json` as terraform init writes it, mutated, with `dpia gate` on the folder. */
export async function modulesJsonKind(root: string): Promise<OracleKind> {
  const policy = path.join(root, "policy.json");
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(policy, JSON.stringify(FUZZ_POLICY));
  const folders = BASES.map((base, index) => {
    const dir = path.join(root, `base-${index}`);
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write("main.tf", `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n\n${base.call}`);
    write(".terraform/modules/crm/main.tf", withoutProvider(BLOCKED_TF));
    write(".terraform/modules/decoy/main.tf", withoutProvider(APPROVED_TF));
    write(".terraform/modules/empty/README.md", "not configuration\n");
    const manifest = { Modules: [{ Key: "", Source: "", Dir: "." }, base.record] };
    return { base, dir, manifest, file: path.join(dir, ".terraform", "modules", "modules.json") };
  });
  let n = 0;
  const gate = async (dir: string) => {
    const register = path.join(root, "register", "register.db");
    fs.rmSync(path.dirname(register), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(register), { recursive: true });
    return dpiaInProcess(["gate", dir, "--policy", policy, "--register", register, "--format", "json"]);
  };
  for (const { dir, manifest, file } of folders) {
    fs.writeFileSync(file, JSON.stringify(manifest));
    const outcome = await gate(dir);
    if (outcome.exitCode !== 1)
      throw new Error(`modules.json base ${dir} gives exit ${outcome.exitCode}: ${outcome.stderr}`);
  }
  const evaluate = async (text: string, name: string, mutation = "given") => {
    const { base, dir, manifest, file } = folders.find((folder) => folder.base.name === name)!;
    fs.writeFileSync(file, text);
    const { outcome, ms } = await timed(() => gate(dir));
    fs.writeFileSync(file, JSON.stringify(manifest));
    const failure =
      contractFailure(outcome, ms) ??
      judgeModulesCase(terraformView(text, base, dir), outcome.exitCode, outcome.stderr);
    return {
      kind: "modules.json" as const,
      base: name,
      mutation: `${base.name} / ${mutation}`,
      exitCode: outcome.exitCode,
      ms,
      input: text,
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "modules.json",
    runCase: async (rng) => {
      const { base, dir, manifest } = folders[n++ % folders.length]!;
      const { mutation, document } = mutateManifest(manifest, base, rng, dir);
      let text = JSON.stringify(document, null, 2);
      if (rng.int(10) === 0) text = text.slice(0, rng.int(text.length));
      return evaluate(text, base.name, mutation);
    },
    evaluate,
  };
}
