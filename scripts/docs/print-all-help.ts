// Prints, as JSON, what `dpia <command> --help` prints for `dpia` and every command and subcommand it lists:
// the real command-line entry (src/cli/main.ts) called once per command in one process, as 27 processes take minutes.
import { main } from "../../src/cli/main";

interface HelpSection {
  words: string[];
  help: string;
}

async function helpOf(words: string[]): Promise<string> {
  let printed = "";
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => ((printed += String(chunk)), true);
  try {
    await main(["node", "dpia", ...words, "--help"]);
  } finally {
    process.stdout.write = write;
  }
  if (process.exitCode !== 0) throw new Error(`dpia ${words.join(" ")} --help exited ${process.exitCode}`);
  return printed.replace(/\s+$/, "");
}

/** The names in a help's "Commands:" list. */
function subcommandsOf(help: string): string[] {
  const list = /\nCommands:\n([\s\S]*?)(\n\n|$)/.exec(help)?.[1] ?? "";
  return [...list.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1] ?? "").filter((name) => name !== "help");
}

async function helpTree(words: string[]): Promise<HelpSection[]> {
  const help = await helpOf(words);
  const sections = [{ words, help }];
  for (const name of subcommandsOf(help)) sections.push(...(await helpTree([...words, name])));
  return sections;
}

// main() listens for escaped errors on each call; 27 calls are no leak.
process.setMaxListeners(0);
void helpTree([]).then((sections) => process.stdout.write(`${JSON.stringify(sections)}\n`));
