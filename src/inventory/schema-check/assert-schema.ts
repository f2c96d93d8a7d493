import { InputError, type InputProblem } from "../../validation/input-error";

/** An input problem, and whether another provider version may accept what the schema refuses (a name it lacks, a read-only attribute). */
export type SchemaInputProblem = InputProblem & { mayDifferByVersion?: true };
import { resourceSchema } from "../provider-schema";
import { admitsVersion, constraintBeyond, SCHEMA_PROVIDER_VERSION } from "../provider-version";
import { resourceBodyProblems } from "./check-body";
import { lineOfPath } from "./source-lines";

type Body = Record<string, unknown>;

/** Where a configuration came from, as precisely as its reader knows. */
export interface ConfigurationSource {
  file: string;
  json: boolean;
  /** The text and the line a block is declared on, when the reader has them. */
  text?: string;
  declarationLine?: (kind: "resource" | "data", type: string, name: string) => number | undefined;
}

const GENESYS_PREFIX = "genesyscloud_";

/** The problems of one resource or data block against the provider schema, as input problems. */
function declarationProblems(
  kind: "resource" | "data",
  type: string,
  name: string,
  body: Body,
  source: ConfigurationSource,
): SchemaInputProblem[] {
  const schema = type.startsWith(GENESYS_PREFIX)
    ? resourceSchema(type, kind === "data" ? "data" : "managed")
    : undefined;
  if (!schema) return [];
  const address = `${kind === "data" ? "data." : ""}${type}.${name}`;
  const declared = source.declarationLine?.(kind, type, name);
  const constructPath = (body["//"] as { metadata?: { path?: unknown } } | undefined)?.metadata?.path;
  const construct = typeof constructPath === "string" ? ` (construct ${constructPath})` : "";
  return resourceBodyProblems(body, schema, { json: source.json }).map((problem) => {
    const line = declared !== undefined && source.text ? lineOfPath(source.text, declared, problem.names) : declared;
    return {
      ...(problem.mayDifferByVersion ? { mayDifferByVersion: problem.mayDifferByVersion } : {}),
      file: source.file,
      location: `${line !== undefined ? `line ${line}, ` : ""}${address}.${problem.at}${construct}`,
      expected: `${problem.expected}, as the genesyscloud provider ${SCHEMA_PROVIDER_VERSION} defines ${type}: Terraform refuses this configuration`,
    };
  });
}

/** Every Genesys resource and data block of a document (in the JSON syntax's shape hcl2json gives too). */
export function documentProblems(
  document: { resource?: unknown; data?: unknown },
  source: ConfigurationSource,
): SchemaInputProblem[] {
  const problems: SchemaInputProblem[] = [];
  for (const kind of ["resource", "data"] as const) {
    for (const [type, byName] of Object.entries((document[kind] ?? {}) as Record<string, Record<string, Body[]>>)) {
      for (const [name, bodies] of Object.entries(byName))
        for (const body of bodies) problems.push(...declarationProblems(kind, type, name, body, source));
    }
  }
  return problems;
}

/**
 * Exit 2 for what Terraform refuses. When the configuration requires a provider other than the
 * schema's (newer, pinned older, or a constraint that cannot be read), a name the schema lacks may
 * be that version's (the High finding GC-UNK-4 reports it), and an attribute read-only in the
 * schema may be settable there (blueprints pinned to 1.23 set genesyscloud_flow.file_content_hash).
 * A missing required argument or a wrong type stays exit 2 (could not assess) even then: read as it
 * stands it could hide what an action sends.
 */
export function assertConformsToSchema(problems: SchemaInputProblem[], versionConstraints: string[]): void {
  const newer = versionConstraints.some((constraint) => constraintBeyond(constraint, SCHEMA_PROVIDER_VERSION));
  const other = newer || versionConstraints.some((constraint) => !admitsVersion(constraint, SCHEMA_PROVIDER_VERSION));
  const refused = problems
    .filter((problem) => !(other && problem.mayDifferByVersion))
    .map(({ file, location, expected }) => ({
      file,
      location,
      expected: newer
        ? `${expected}; if the newer provider changed this, update provider-schema/ (npm run provider-schema)`
        : expected,
    }));
  if (refused.length > 0) throw new InputError(refused);
}
