import * as fs from "node:fs";
import * as path from "node:path";
import { DPIA_ID, type Dpia } from "../dpia/schema";
import { assertValidDpia } from "../dpia/validate-dpia";
import { ensureDirectory } from "../validation/ensure-directory";
import { InputError } from "../validation/input-error";
import { renderHtml } from "./formats/html";
import { keptTimestamp } from "./kept-timestamp";
import { renderMarkdown } from "./markdown";
import { jsonForOutput } from "./safe-text";
import { readIfPresent, removeOutputFile, stampedTogether, stampTogether, writeOutputFile } from "./output-files";

export interface WrittenDpia {
  dpia: Dpia;
  jsonFile: string;
  markdownFile: string;
}

interface Rendering {
  file: string;
  render: (dpia: Dpia) => string;
}

/**
 * One DPIA's files. The JSON is written only when its content, the timestamp aside, differs from the
 * file already there; then every rendering is rendered and written with it. When the JSON is kept,
 * a rendering is rendered again only when it is missing or was changed since it was written
 * (stampTogether), from the kept JSON's timestamp, so that the files always agree.
 */
function writeDpiaFiles(dpia: Dpia, jsonFile: string, renderings: Rendering[]): void {
  // Bidi controls and line separators escaped: a DPIA opened in an editor or a terminal shows what it says.
  const fresh = jsonForOutput(dpia);
  const existing = readIfPresent(jsonFile);
  const kept = existing === undefined ? undefined : keptTimestamp(existing, fresh);
  const stale = kept === undefined ? renderings : renderings.filter(({ file }) => !stampedTogether(jsonFile, file));
  if (kept !== undefined && stale.length === 0) return;
  if (kept === undefined) writeOutputFile(jsonFile, fresh);
  const shown = kept === undefined ? dpia : { ...dpia, timestamp: kept };
  for (const { file, render } of stale) writeOutputFile(file, render(shown));
  stampTogether(
    jsonFile,
    renderings.map(({ file }) => file),
  );
}

/**
 * A folder the gate owns (and prunes) must be that folder, not a link to another: through a link planted in
 * `cdktf.out`, DPIAs would be written, and earlier ones removed, wherever it points.
 */
function refuseLinkedFolder(dir: string): void {
  if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) return;
  throw new InputError([
    {
      file: dir,
      location: "",
      expected:
        "a folder of its own for the DPIAs, not a link to another folder (the gate writes and removes DPIA files here)",
    },
  ]);
}

/**
 * Removes what an earlier run wrote for a DPIA that is no longer assessed: files (or links) named as the
 * gate names a DPIA's JSON and Markdown. Nothing else in the folder is touched.
 */
function pruneEarlierDpias(dir: string, keep: ReadonlySet<string>): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (keep.has(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
    const named = /^(.+)\.(json|md)$/.exec(entry.name);
    if (!named || !DPIA_ID.test(named[1]!)) continue;
    removeOutputFile(path.join(dir, entry.name));
  }
}

/**
 * Writes each DPIA as `<dir>/<dpia_id>.json` and `.md` (and `.html` when asked), each validated
 * (once: validation is remembered per DPIA). Only what changed is written: a DPIA whose content did
 * not change since the last run keeps its files, and its first timestamp. With `prune`, files from an
 * earlier run that no longer match a DPIA are removed, so a folder the tool owns always says what
 * was assessed.
 */
export function writeDpias(
  dir: string,
  dpias: Dpia[],
  options: { prune?: boolean; html?: boolean } = { prune: true },
): WrittenDpia[] {
  if (options.prune) refuseLinkedFolder(dir);
  ensureDirectory(dir);
  if (options.prune)
    pruneEarlierDpias(dir, new Set(dpias.flatMap((dpia) => [`${dpia.dpia_id}.json`, `${dpia.dpia_id}.md`])));
  return dpias.map((dpia) => {
    assertValidDpia(dpia);
    const jsonFile = path.join(dir, `${dpia.dpia_id}.json`);
    const markdownFile = path.join(dir, `${dpia.dpia_id}.md`);
    const renderings: Rendering[] = [{ file: markdownFile, render: renderMarkdown }];
    if (options.html) renderings.push({ file: path.join(dir, `${dpia.dpia_id}.html`), render: renderHtml });
    writeDpiaFiles(dpia, jsonFile, renderings);
    return { dpia, jsonFile, markdownFile };
  });
}
