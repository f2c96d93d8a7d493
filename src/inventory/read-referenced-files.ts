import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Yaml from "yaml";
import { hasUnresolved } from "./expressions";
import { stringAt } from "./lookup";
import type { GenesysResource, Inventory, WrittenFile } from "./model";
import { isPlaceholderProblem, substituteFlowText } from "./attributes/flow-substitutions";
import { entryFor, type ResourceType } from "./resource-type";
import { InputError } from "../validation/input-error";
import { jsonSyntaxError } from "../validation/json-syntax";

/** A file larger than this is refused: flows and scripts are kilobytes, not megabytes. */
const MAX_FILE_BYTES = 5_000_000;

/** The resource types whose `filepath` the engine reads, and the format each file must be in. */
const FORMATS: Partial<
  Record<ResourceType, { what: string; check: (text: string, resource: GenesysResource) => string | undefined }>
> = {
  genesyscloud_flow: { what: "an Architect flow in YAML", check: flowProblem },
  genesyscloud_script: { what: "an agent script in JSON", check: jsonProblem },
};

/** A flow is read as Architect receives it: after the provider's `{{key}}` substitutions (see substituteFlowText). */
function flowProblem(text: string, resource: GenesysResource): string | undefined {
  const substituted = substituteFlowText(text, resource.attributes.substitutions);
  if (isPlaceholderProblem(substituted))
    return `line ${substituted.line}: ${substituted.reason}, so what Architect receives is not known`;
  return yamlProblem(substituted.text);
}

function yamlProblem(text: string): string | undefined {
  // The YAML reader is loaded with the first flow file read (most configurations have none).
  const document = (require("yaml") as typeof Yaml).parseDocument(text, { uniqueKeys: false, logLevel: "error" });
  const error = document.errors[0];
  if (error)
    return `${error.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}: ` : ""}${error.message.split("\n")[0]}`;
  try {
    const value = document.toJS({ maxAliasCount: 100 });
    return value && typeof value === "object" ? undefined : "a mapping such as inboundCall: ...";
  } catch (problem) {
    return (problem as Error).message.split("\n")[0];
  }
}

function jsonProblem(text: string): string | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" ? undefined : "a JSON object";
  } catch {
    // Not Node's message: it quotes the text around the error, which may be personal data.
    const found = jsonSyntaxError(text);
    return `not valid JSON${found ? ` at line ${found.line}, column ${found.column}: ${found.reason}` : ""}`;
  }
}

/**
 * Where Terraform resolves a relative `filepath`: the working folder it runs in, which is the
 * folder of .tf files that was read (the HCL reader evaluates path.module relative to it), the
 * folder of a cdk.tf.json or plan file, or the stack's output folder.
 */
function configurationDir(inventory: Inventory, target: string): string {
  const folder = /^Terraform folder (.+)$/.exec(inventory.origin)?.[1];
  if (folder && fs.existsSync(folder)) return folder;
  const origin = inventory.origin.replace(/^Terraform plan /, "");
  if (fs.existsSync(origin) && fs.statSync(origin).isFile()) return path.dirname(origin);
  return fs.existsSync(target) && fs.statSync(target).isFile() ? path.dirname(target) : target;
}

/**
 * The files the configuration writes at apply (written-files.ts), by the path Terraform resolves each `filename`
 * against: the working folder, as for `filepath`. `unplaced` when a writer's filename is an expression.
 */
function writtenAt(inventory: Inventory, base: string): { byFile: Map<string, WrittenFile[]>; unplaced: boolean } {
  const byFile = new Map<string, WrittenFile[]>();
  let unplaced = false;
  for (const writer of inventory.writtenFiles ?? []) {
    if (writer.filename === undefined) {
      unplaced = true;
      continue;
    }
    const file = path.resolve(base, writer.filename.replace(/\$\{path\.(module|root|cwd)\}/g, "."));
    byFile.set(file, [...(byFile.get(file) ?? []), writer]);
  }
  return { byFile, unplaced };
}

/**
 * Reads the file each `genesyscloud_flow` (YAML) and `genesyscloud_script` (JSON) names, so that
 * the engine can see which data actions and URLs they use. A file that is missing or not in its
 * format cannot be assessed (exit 2); a path that is an expression or an S3 URL stays unread and
 * is assessed as unknown. A file the configuration writes at apply is read as written (writtenAt).
 */
export function attachReferencedFiles(inventory: Inventory, target: string): Inventory {
  const referencedFiles: NonNullable<Inventory["referencedFiles"]> = {};
  const base = configurationDir(inventory, target);
  const written = writtenAt(inventory, base);
  for (const resource of inventory.resources.filter(
    (candidate) => entryFor(FORMATS, candidate.type) && candidate.mode === "managed",
  )) {
    const format = entryFor(FORMATS, resource.type)!;
    // path.module, path.root and path.cwd are the working folder for a root module (CDKTF writes them literally).
    const filepath = stringAt(resource.attributes, "filepath")?.replace(/\$\{path\.(module|root|cwd)\}/g, ".");
    if (!filepath || hasUnresolved(filepath) || /^[a-z][a-z0-9+.-]*:\/\//i.test(filepath)) continue;
    const file = path.resolve(base, filepath);
    const where = `${resource.address}.filepath`;
    if (written.unplaced || written.byFile.has(file)) {
      const [only, ...others] = written.byFile.get(file) ?? [];
      // Written at apply from a value not known before it, by more than one writer, or maybe by one whose
      // filename is not known: what is deployed is unknown, and assessed so (unread).
      const text = others.length === 0 && !written.unplaced ? only?.content : undefined;
      if (!only || text === undefined) continue;
      const writer = `${only.address}.content`;
      if (Buffer.byteLength(text) > MAX_FILE_BYTES)
        throw new InputError([{ file, location: writer, expected: `${format.what} under ${MAX_FILE_BYTES} bytes` }]);
      const problem = format.check(text, resource);
      if (problem) throw new InputError([{ file, location: writer, expected: `${format.what} (${problem})` }]);
      referencedFiles[resource.address] = { file, text };
      continue;
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      throw new InputError([{ file, location: where, expected: `the file the resource names (${format.what})` }]);
    if (fs.statSync(file).size > MAX_FILE_BYTES)
      throw new InputError([{ file, location: where, expected: `${format.what} under ${MAX_FILE_BYTES} bytes` }]);
    const text = fs.readFileSync(file, "utf8");
    const problem = format.check(text, resource);
    if (problem) throw new InputError([{ file, location: where, expected: `${format.what} (${problem})` }]);
    referencedFiles[resource.address] = { file, text };
  }
  if (Object.keys(referencedFiles).length === 0) return inventory;
  // What the file says is part of what is deployed: an approval or exception is bound to it too.
  const resources = inventory.resources.map((resource) => {
    const read = referencedFiles[resource.address];
    return read ? { ...resource, fileSha256: createHash("sha256").update(read.text).digest("hex") } : resource;
  });
  return { ...inventory, resources, referencedFiles };
}
