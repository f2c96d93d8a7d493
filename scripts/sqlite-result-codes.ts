// Writes src/register/backends/sqlite-result-codes.json from the sqlite3.h that better-sqlite3 ships
// (a devDependency), so that an error of node:sqlite (a number) is named as better-sqlite3 names it.
import * as fs from "node:fs";
import * as path from "node:path";
import { resultCodesFromHeader } from "./sqlite/result-codes-from-header";

const root = path.resolve(__dirname, "..");
const header = path.join(root, "node_modules", "better-sqlite3", "deps", "sqlite3", "sqlite3.h");
const out = path.join(root, "src", "register", "backends", "sqlite-result-codes.json");
const codes = resultCodesFromHeader(fs.readFileSync(header, "utf8"));
fs.writeFileSync(out, `${JSON.stringify(codes, null, 2)}\n`);
console.log(`${path.relative(root, out)}: ${Object.keys(codes).length} result codes`);
