import * as fs from "node:fs";
import * as path from "node:path";

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { name: string; version: string };

export const GENERATOR_NAME: string = manifest.name;
export const GENERATOR_VERSION: string = manifest.version;
