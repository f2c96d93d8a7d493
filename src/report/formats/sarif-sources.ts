import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { PhysicalLocation, Run } from "sarif";

/** What is known of where a finding is: the resource's address and, as the reader could tell, its file, line and construct path. */
export interface FindingPlace {
  address: string;
  /** The file and line the resource is declared at (HCL and Terraform JSON folders). */
  file?: string;
  line?: number;
  /** The CDKTF construct path of the resource, from cdktf.out. */
  constructPath?: string;
  /** The attribute the finding is about, for its line inside the declaration. */
  attribute?: string;
}

/** A file and a 1-based line. */
export interface SourcePosition {
  file: string;
  line: number;
}

/**
 * Where the results of a run are shown. Code scanning displays a result only at a file and line
 * (GitHub's SARIF rules GH1001 and GH1003), so `locate` always answers one: the resource's own
 * declaration when the input has it, else the file the input came from (the plan, the CDKTF app).
 */
export interface SarifSources {
  /** The folder URIs are relative to (`%SRCROOT%`): the repository the input is in. */
  root: string;
  locate(place: FindingPlace): SourcePosition;
}

const SRCROOT = "%SRCROOT%";

/** A file URI of a folder, ending in a slash as SARIF requires of a base URI. */
function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

/** Relative to the repository root (each segment percent-encoded) when inside it, else an absolute file URI. */
export function physicalLocation(position: SourcePosition, root: string): PhysicalLocation {
  const file = path.resolve(position.file);
  const relative = path.relative(root, file);
  const inside =
    relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  return {
    artifactLocation: inside
      ? { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT }
      : { uri: pathToFileURL(file).href },
    region: { startLine: Math.max(1, Math.floor(position.line)) },
  };
}

/** The run's base: where `%SRCROOT%` is on the machine that ran the gate. */
export function originalUriBaseIds(root: string): Run["originalUriBaseIds"] {
  return { [SRCROOT]: { uri: folderUri(path.resolve(root)) } };
}
