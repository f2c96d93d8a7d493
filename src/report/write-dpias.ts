import * as fs from "node:fs";
import * as path from "node:path";
import type { Dpia } from "../dpia/schema";
import { assertValidDpia } from "../dpia/validate-dpia";
import { ensureDirectory } from "../validation/ensure-directory";
import { renderMarkdown } from "./markdown";

export interface WrittenDpia {
  dpia: Dpia;
  jsonFile: string;
  markdownFile: string;
}

/**
 * Writes each DPIA as `<dir>/<dpia_id>.json` and `.md`, validating the JSON first. Files from an
 * earlier run that no longer match a DPIA are removed, so the folder always says what was assessed.
 */
export function writeDpias(dir: string, dpias: Dpia[]): WrittenDpia[] {
  ensureDirectory(dir);
  const keep = new Set(dpias.flatMap((dpia) => [`${dpia.dpia_id}.json`, `${dpia.dpia_id}.md`]));
  for (const name of fs.readdirSync(dir)) {
    if (/\.(json|md)$/.test(name) && !keep.has(name)) fs.rmSync(path.join(dir, name));
  }
  return dpias.map((dpia) => {
    assertValidDpia(dpia);
    const jsonFile = path.join(dir, `${dpia.dpia_id}.json`);
    const markdownFile = path.join(dir, `${dpia.dpia_id}.md`);
    fs.writeFileSync(jsonFile, `${JSON.stringify(dpia, null, 2)}\n`);
    fs.writeFileSync(markdownFile, renderMarkdown(dpia));
    return { dpia, jsonFile, markdownFile };
  });
}
