import * as fs from "node:fs";
import * as path from "node:path";
import type { Dpia } from "../dpia/schema";
import { assertValidDpia } from "../dpia/validate-dpia";
import { ensureDirectory } from "../validation/ensure-directory";
import { renderHtml } from "./formats/html";
import { renderMarkdown } from "./markdown";

export interface WrittenDpia {
  dpia: Dpia;
  jsonFile: string;
  markdownFile: string;
}

/**
 * Writes each DPIA as `<dir>/<dpia_id>.json` and `.md` (and `.html` when asked), validating the
 * JSON first. With `prune`, files from an earlier run that no longer match a DPIA are removed, so
 * a folder the tool owns always says what was assessed.
 */
export function writeDpias(
  dir: string,
  dpias: Dpia[],
  options: { prune?: boolean; html?: boolean } = { prune: true },
): WrittenDpia[] {
  ensureDirectory(dir);
  if (options.prune) {
    const keep = new Set(dpias.flatMap((dpia) => [`${dpia.dpia_id}.json`, `${dpia.dpia_id}.md`]));
    for (const name of fs.readdirSync(dir)) {
      if (/\.(json|md)$/.test(name) && !keep.has(name)) fs.rmSync(path.join(dir, name));
    }
  }
  return dpias.map((dpia) => {
    assertValidDpia(dpia);
    const jsonFile = path.join(dir, `${dpia.dpia_id}.json`);
    const markdownFile = path.join(dir, `${dpia.dpia_id}.md`);
    fs.writeFileSync(jsonFile, `${JSON.stringify(dpia, null, 2)}\n`);
    fs.writeFileSync(markdownFile, renderMarkdown(dpia));
    if (options.html) fs.writeFileSync(path.join(dir, `${dpia.dpia_id}.html`), renderHtml(dpia));
    return { dpia, jsonFile, markdownFile };
  });
}
