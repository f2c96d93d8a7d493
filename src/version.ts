import * as fs from "node:fs";
import * as path from "node:path";

/** The package's own manifest: beside src/ in a checkout, one level further up from dist/src/. */
function manifestFile(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) return file;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

const manifest = JSON.parse(fs.readFileSync(manifestFile(), "utf8")) as {
  name: string;
  version: string;
  homepage?: string;
};

export const GENERATOR_NAME: string = manifest.name;
export const GENERATOR_VERSION: string = manifest.version;
/** Where the project lives (package.json `homepage`, without its fragment). */
export const PROJECT_URL: string = (
  manifest.homepage ?? "https://github.com/genesys-dpia-gate/genesys-dpia-gate"
).replace(/#.*$/, "");
