// The command-line reference page, generated from the real `dpia` command's help, command by command.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const TSX = path.resolve(__dirname, "..", "..", "node_modules", ".bin", "tsx");
const PRINT_ALL_HELP = path.join(__dirname, "print-all-help.ts");

const HEADER = `# \`dpia\` command reference

<!-- Generated from the commands' own help by \`npx tsx scripts/generate-reference-docs.ts\`; do not edit.
     test/docs/reference-docs.test.ts fails when this page differs from what \`dpia <command> --help\` prints. -->

Every command exits **0** when approved (or intact, valid), **1** when blocked (or tampered, not proven)
and **2** when it could not assess: a usage mistake, input it cannot read, a source or register that fails.
A fault is never an approval. Each section below is exactly what \`npx dpia <command> --help\` prints.
`;

/** The help of `dpia` and of each command and subcommand it lists, in its order. */
export function renderCliReference(): string {
  const sections = helpTree();
  const contents = sections.map(({ words }) => `- [\`${title(words)}\`](#${anchor(words)})`);
  const body = sections.map(({ words, help }) => `## \`${title(words)}\`\n\n\`\`\`text\n${help}\n\`\`\`\n`);
  return `${HEADER}\n${contents.join("\n")}\n\n${body.join("\n")}`;
}

interface HelpSection {
  words: string[];
  help: string;
}

function helpTree(): HelpSection[] {
  // A clean environment: the help states the defaults, never this machine's settings.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, FORCE_COLOR: "0" };
  const done = spawnSync(TSX, [PRINT_ALL_HELP], { encoding: "utf8", env, timeout: 300_000 });
  if (done.status !== 0) throw new Error(`${PRINT_ALL_HELP} exited ${done.status}: ${done.stderr}`);
  return JSON.parse(done.stdout) as HelpSection[];
}

function title(words: string[]): string {
  return ["dpia", ...words].join(" ");
}

/** GitHub's anchor for a heading: lower case, spaces to dashes, punctuation dropped. */
function anchor(words: string[]): string {
  return title(words)
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
}
