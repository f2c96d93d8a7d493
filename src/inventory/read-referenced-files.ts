import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Yaml from "yaml";
import { parseTemplate } from "./expressions";
import { stringAt } from "./lookup";
import type { GenesysResource, Inventory, WrittenFile } from "./model";
import { inWorkingFolder } from "./written-files";
import { isPlaceholderProblem, substituteFlowText } from "./attributes/flow-substitutions";
import { entryFor, type ResourceType } from "./resource-type";
import { InputError } from "../validation/input-error";
import { jsonSyntaxError } from "../validation/json-syntax";
import { IDENTIFIER_SOURCE } from "./terraform-identifier";

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
 * A path as the file system resolves it: through the links on the way to its nearest existing folder, so that a
 * writer and a flow naming the same file by a link and by its target are seen to name one file.
 */
function realTarget(file: string): string {
  let existing = file;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(fs.realpathSync(existing), path.relative(existing, file));
  } catch {
    return file;
  }
}

/**
 * A writer's text: its content, or the file its `source` copies at apply, when that file is there to read and no
 * other writer may write it first (its text would then be that writer's, or unknown).
 */
function writerText(writer: WrittenFile, base: string, writers: Writers): string | undefined {
  if (writer.content !== undefined) return writer.content;
  if (writer.source === undefined) return undefined;
  const file = path.resolve(base, writer.source);
  if (writers.unplaced.length > 0 || writers.byFile.has(realTarget(file))) return undefined;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile() || fs.statSync(file).size > MAX_FILE_BYTES) return undefined;
  return fs.readFileSync(file, "utf8");
}

interface Writers {
  /** By the real path of the file each writes. */
  byFile: Map<string, WrittenFile[]>;
  /** Writers whose filename is not known before apply: they may write any file. */
  unplaced: WrittenFile[];
}

/** The files the configuration writes at apply (written-files.ts), by the path Terraform resolves each `filename` against. */
function writersOf(inventory: Inventory, base: string): Writers {
  const byFile = new Map<string, WrittenFile[]>();
  const unplaced: WrittenFile[] = [];
  for (const writer of inventory.writtenFiles ?? []) {
    if (writer.filename === undefined) unplaced.push(writer);
    else {
      const file = realTarget(path.resolve(base, writer.filename));
      byFile.set(file, [...(byFile.get(file) ?? []), writer]);
    }
  }
  return { byFile, unplaced };
}

type ReferencedFile = NonNullable<Inventory["referencedFiles"]>[string];
type Format = NonNullable<(typeof FORMATS)[ResourceType]>;

/** The committed file, checked: missing, too large or not in its format is exit 2, naming the resource's filepath. */
function committedText(file: string, format: Format, resource: GenesysResource): string {
  const where = `${resource.address}.filepath`;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new InputError([{ file, location: where, expected: `the file the resource names (${format.what})` }]);
  if (fs.statSync(file).size > MAX_FILE_BYTES)
    throw new InputError([{ file, location: where, expected: `${format.what} under ${MAX_FILE_BYTES} bytes` }]);
  const text = fs.readFileSync(file, "utf8");
  const problem = format.check(text, resource);
  if (problem) throw new InputError([{ file, location: where, expected: `${format.what} (${problem})` }]);
  return text;
}

/** A writer's text for this file, checked as the file would be: exit 2 naming the writer where it is declared. */
function writtenText(text: string, writer: WrittenFile, format: Format, resource: GenesysResource): string {
  const file = writer.location.file ?? writer.location.constructPath ?? "configuration";
  const location = `${writer.address}.content`;
  if (Buffer.byteLength(text) > MAX_FILE_BYTES)
    throw new InputError([{ file, location, expected: `${format.what} under ${MAX_FILE_BYTES} bytes` }]);
  const problem = format.check(text, resource);
  if (problem) throw new InputError([{ file, location, expected: `${format.what} (${problem})` }]);
  return text;
}

/**
 * What may be deployed under a file some writer may write. The one writer placed on it, with a known text and applied
 * before the resource (its depends_on), decides it. Otherwise any of them may: the committed copy (if there is one),
 * each writer's known text (that of a writer whose filename is not known only when it is in the file's format), and
 * an unknown text for a writer whose text is not known. Undefined when nothing is known of it.
 */
function deployedText(
  file: string,
  writers: WrittenFile[],
  unplaced: WrittenFile[],
  context: { base: string; format: Format; resource: GenesysResource; all: Writers },
): ReferencedFile | undefined {
  const { base, format, resource, all } = context;
  const [sole] = writers;
  const soleText = sole && writers.length === 1 && unplaced.length === 0 ? writerText(sole, base, all) : undefined;
  if (sole && soleText !== undefined && resource.dependsOn?.includes(sole.address))
    return { file, text: writtenText(soleText, sole, format, resource) };
  const texts = new Set<string>();
  const unknownBy: string[] = [];
  if (fs.existsSync(file)) texts.add(committedText(file, format, resource));
  for (const writer of writers) {
    const text = writerText(writer, base, all);
    if (text === undefined) unknownBy.push(writer.address);
    else texts.add(writtenText(text, writer, format, resource));
  }
  for (const writer of unplaced) {
    const text = writerText(writer, base, all);
    if (text === undefined) unknownBy.push(writer.address);
    else if (Buffer.byteLength(text) <= MAX_FILE_BYTES && !format.check(text, resource)) texts.add(text);
  }
  const [text, ...alsoDeployed] = [...texts];
  if (text === undefined) return undefined;
  return {
    file,
    text,
    ...(alsoDeployed.length > 0 ? { alsoDeployed } : {}),
    ...(unknownBy.length > 0
      ? { alsoUnknown: `may be written at apply by ${unknownBy.join(", ")} with a text not known before deployment` }
      : {}),
  };
}

/** `local_file.x.filename` (in a module, `module.m.local_file.x.filename`): a writer's filename, by reference. */
const WRITER_FILENAME = new RegExp(
  String.raw`^\$\{((?:module\.${IDENTIFIER_SOURCE}(?:\[[^\]]*\])?\.)*local(?:_sensitive)?_file\.${IDENTIFIER_SOURCE}(?:\[[^\]]*\])?)\.filename\}$`,
  "u",
);

/**
 * The path a resource's `filepath` names, when it names one the gate can read: a literal path (path.module,
 * path.root and path.cwd are the working folder for a root module, and CDKTF writes them literally), or the filename
 * of a file writer it references, with that writer. Undefined for an expression, another resource's attribute, or
 * a URL (S3): the file stays unread and is assessed as unknown.
 */
function namedFile(resource: GenesysResource, writers: Writers): { filepath: string; writer?: string } | undefined {
  const raw = stringAt(resource.attributes, "filepath");
  const reference = raw === undefined ? undefined : WRITER_FILENAME.exec(raw.trim())?.[1];
  if (reference) {
    const writer = [...writers.byFile.values()].flat().find((entry) => entry.address === reference);
    return writer?.filename === undefined ? undefined : { filepath: writer.filename, writer: reference };
  }
  const filepath = raw === undefined ? undefined : inWorkingFolder(raw);
  if (!filepath || /^[a-z][a-z0-9+.-]*:\/\//i.test(filepath)) return undefined;
  return parseTemplate(filepath).every((part) => part.kind === "literal") ? { filepath } : undefined;
}

/**
 * Reads the file each `genesyscloud_flow` (YAML) and `genesyscloud_script` (JSON) names, so that
 * the engine can see which data actions and URLs they use. A file that is missing or not in its
 * format cannot be assessed (exit 2); a path that is an expression or an S3 URL stays unread and
 * is assessed as unknown. A file the configuration writes at apply is read as it may be deployed (deployedText).
 */
export function attachReferencedFiles(inventory: Inventory, target: string): Inventory {
  const referencedFiles: NonNullable<Inventory["referencedFiles"]> = {};
  const base = configurationDir(inventory, target);
  const writers = writersOf(inventory, base);
  for (let resource of inventory.resources.filter(
    (candidate) => entryFor(FORMATS, candidate.type) && candidate.mode === "managed",
  )) {
    const format = entryFor(FORMATS, resource.type)!;
    const named = namedFile(resource, writers);
    if (!named) continue;
    const { filepath, writer } = named;
    // A filepath that is the writer's own filename orders the writer first, as depends_on does.
    if (writer && !resource.dependsOn?.includes(writer))
      resource = { ...resource, dependsOn: [...(resource.dependsOn ?? []), writer] };
    const file = path.resolve(base, filepath);
    const placed = writers.byFile.get(realTarget(file)) ?? [];
    if (placed.length === 0 && writers.unplaced.length === 0) {
      referencedFiles[resource.address] = { file, text: committedText(file, format, resource) };
      continue;
    }
    const deployed = deployedText(file, placed, writers.unplaced, { base, format, resource, all: writers });
    if (deployed) referencedFiles[resource.address] = deployed;
  }
  if (Object.keys(referencedFiles).length === 0) return inventory;
  // What the file says is part of what is deployed: an approval or exception is bound to it too.
  const resources = inventory.resources.map((resource) => {
    const read = referencedFiles[resource.address];
    if (!read) return resource;
    const hash = createHash("sha256").update(read.text);
    for (const other of read.alsoDeployed ?? []) hash.update("\u0000").update(other);
    if (read.alsoUnknown) hash.update("\u0000").update(read.alsoUnknown);
    return { ...resource, fileSha256: hash.digest("hex") };
  });
  return { ...inventory, resources, referencedFiles };
}
