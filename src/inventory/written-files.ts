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

/**
 * What a file writer's evaluated body says it writes. The text is known only when `content` (or the deprecated
 * `sensitive_content`) is a string with nothing left to resolve; `content_base64` and `source` (a copy of another
 * file) are left unknown, as is a filename that is an expression.
 */
export function writtenFile(
  address: string,
  body: Record<string, unknown>,
  location: WrittenFile["location"],
): WrittenFile {
  const filename = typeof body.filename === "string" && !hasUnresolved(body.filename) ? body.filename : undefined;
  const content = body.content ?? body.sensitive_content;
  const known =
    typeof content === "string" &&
    !hasUnresolved(content) &&
    // A plan lists the arguments not set as null.
    (body.content_base64 ?? undefined) === undefined &&
    (body.source ?? undefined) === undefined;
  return { address, ...(filename !== undefined ? { filename } : {}), ...(known ? { content } : {}), location };
}
