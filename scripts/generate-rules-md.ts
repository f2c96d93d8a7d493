// Writes RULES.md from the declarations of every id (src/report/registered-ids.ts); a test fails when it is stale.
import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesMarkdown } from "../src/report/rules-markdown";

const file = path.resolve(__dirname, "..", "RULES.md");
fs.writeFileSync(file, renderRulesMarkdown());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
