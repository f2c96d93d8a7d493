import { hasUnresolved } from "./expressions";
import type { WrittenFile } from "./model";

/**
 * hashicorp/local's resources that write a file when the configuration is applied. A configuration that renders its
 * Architect flow with `templatefile()` into the file a `genesyscloud_flow` names deploys the rendered text, whatever
 * copy is committed under that name.
 */
export const FILE_WRITER_TYPES: readonly string[] = ["local_file", "local_sensitive_file"];

const WRITER_ARGUMENTS = new Set(["filename", "content", "sensitive_content", "content_base64", "source"]);

/** Only what says which file and what text: the rest of a writer's body is the local provider's business. */
export function writerArguments(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => WRITER_ARGUMENTS.has(key)));
}

/** A path with `${path.module}`, `${path.root}` and `${path.cwd}` read as the working folder, as Terraform JSON and CDKTF write them for a root module. */
export function inWorkingFolder(value: string): string {
  return value.replace(/\$\{path\.(module|root|cwd)\}/g, ".");
}

/** A string with nothing left to resolve, the path references read as the working folder. */
function known(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = inWorkingFolder(value);
  return hasUnresolved(text) ? undefined : text;
}

/**
 * What a file writer's evaluated body says it writes: `content` (or the deprecated `sensitive_content`), the decoded
 * `content_base64`, or the file `source` names (read where the file is placed). A filename or text that is an
 * expression is left out: unknown.
 */
export function writtenFile(
  address: string,
  body: Record<string, unknown>,
  location: WrittenFile["location"],
): WrittenFile {
  const filename = known(body.filename);
  const encoded = known(body.content_base64);
  const content =
    typeof (body.content ?? body.sensitive_content) === "string"
      ? known(body.content ?? body.sensitive_content)
      : encoded !== undefined
        ? Buffer.from(encoded, "base64").toString("utf8")
        : undefined;
  const source = content === undefined ? known(body.source) : undefined;
  return {
    address,
    ...(filename !== undefined ? { filename } : {}),
    ...(content !== undefined ? { content } : {}),
    ...(source !== undefined ? { source } : {}),
    location,
  };
}
