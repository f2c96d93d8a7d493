import { InputError } from "../../validation/input-error";
import { assertNestingDepth, bracketDepth, MAX_NESTING_DEPTH } from "../../validation/nesting-depth";
import { parseHclIsolated } from "./parse-in-worker";
import { prepareDocumentTemplates } from "./prepare-document";

/** One .tf (or .tfvars) file as @cdktf/hcl2json's JSON document; every failure is an InputError naming the file. */
export async function parseHclDocument(
  file: string,
  text: string,
  timeoutMs?: number,
): Promise<Record<string, unknown>> {
  // The parser recurses per level and takes minutes to die on deep input: refuse it before parsing.
  if (bracketDepth(text) > MAX_NESTING_DEPTH)
    throw new InputError([
      {
        file,
        location: "",
        expected: `HCL nested at most ${MAX_NESTING_DEPTH} levels deep (brackets, braces and parentheses)`,
      },
    ]);
  const outcome = await parseHclIsolated(file, text, timeoutMs);
  if (!outcome.ok) {
    if (outcome.kind !== "invalid" || /Maximum call stack size exceeded/.test(outcome.message)) {
      throw new InputError([
        {
          file,
          location: "",
          expected: `HCL the parser can read: it ${outcome.kind === "timed out" ? "timed out" : "failed"} on this file (${outcome.message}); is it nested very deeply or very large?`,
        },
      ]);
    }
    const line = /:(\d+),\d+/.exec(outcome.message)?.[1];
    throw new InputError([
      {
        file,
        location: line ? `line ${line}` : "",
        expected: `valid HCL (${outcome.message.split("\n")[0]!.replace(/^.*?: /, "")})`,
      },
    ]);
  }
  const document = assertNestingDepth(JSON.parse(outcome.json) as unknown, file);
  if (!document || typeof document !== "object" || Array.isArray(document))
    throw new InputError([{ file, location: "", expected: "an HCL file of blocks and attributes" }]);
  prepareDocumentTemplates(document, file, text);
  return document as Record<string, unknown>;
}
