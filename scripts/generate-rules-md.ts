// Writes RULES.md from the rules themselves; a test fails when the committed file is stale.
import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesMarkdown } from "../src/report/rules-markdown";

const file = path.resolve(__dirname, "..", "RULES.md");
fs.writeFileSync(file, renderRulesMarkdown());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
