/**
 * Writes src/catalog/data/platform-api.json: every operation (path template and method) of the
 * Genesys Cloud Platform API with what it does with the data it is given. The operations come from
 * the Platform API's published JavaScript SDK, which Genesys generates from the API's own OpenAPI
 * document: each API call in `src/purecloud-platform-client-v2/api/*.js` names its path template and
 * method. The effect is the method's default (GET and HEAD read inside the org, other methods write
 * inside the org) unless scripts/platform-api/hand-classified.json says otherwise (sends data out of
 * the org, runs another data action, changes who may read the org's data, or a POST that only queries).
 *
 *   npx tsx scripts/platform-api-catalog.ts                  fetch the pinned SDK with `npm pack` and write the catalog
 *   npx tsx scripts/platform-api-catalog.ts --sdk <folder>   read an unpacked purecloud-platform-client-v2 package
 *   npx tsx scripts/platform-api-catalog.ts --check          fail when the committed catalog differs from a fresh one
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const SDK_PACKAGE = "purecloud-platform-client-v2";
const SDK_VERSION = "262.0.0";
const repo = path.resolve(__dirname, "..");
const handFile = path.join(repo, "scripts", "platform-api", "hand-classified.json");
const outFile = path.join(repo, "src", "catalog", "data", "platform-api.json");

type Effect = "read" | "write" | "changes_access" | "sends_out" | "executes_action";
interface InsideWhen {
  field: string;
  equals: string;
}
interface HandEntry {
  why: string;
  recipient?: string;
  mailbox?: boolean;
  recipient_required?: boolean;
  stays_in_org_when?: InsideWhen;
  operations: string[];
}
type HandClassified = Record<Exclude<Effect, "write">, HandEntry[]>;
interface EffectEntry {
  effect: Effect;
  why: string;
  recipient?: string;
  mailbox?: boolean;
  recipient_required?: boolean;
  stays_in_org_when?: InsideWhen;
}

/** The unpacked SDK: the folder given, or the pinned version fetched by npm into a temporary folder. */
function sdkFolder(args: string[]): string {
  const given = args.indexOf("--sdk");
  if (given >= 0 && args[given + 1]) return path.resolve(args[given + 1]!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-api-sdk-"));
  const tarball = execFileSync("npm", ["pack", `${SDK_PACKAGE}@${SDK_VERSION}`, "--silent"], { cwd: dir })
    .toString()
    .trim()
    .split("\n")
    .pop()!;
  execFileSync("tar", ["xzf", tarball], { cwd: dir });
  return path.join(dir, "package");
}

/** `METHOD /api/v2/...` of every `apiClient.callApi(path, method, ...)` in the SDK's API classes. */
function sdkOperations(sdk: string): { version: string; operations: string[] } {
  const version = (JSON.parse(fs.readFileSync(path.join(sdk, "package.json"), "utf8")) as { version: string }).version;
  const apiDir = path.join(sdk, "src", SDK_PACKAGE, "api");
  const call = /callApi\(\s*'(\/api\/v2\/[^']*)',\s*'([A-Z]+)'/g;
  const operations = new Set<string>();
  for (const file of fs.readdirSync(apiDir).filter((name) => name.endsWith(".js"))) {
    for (const match of fs.readFileSync(path.join(apiDir, file), "utf8").matchAll(call))
      operations.add(`${match[2]} ${match[1]}`);
  }
  if (operations.size === 0) throw new Error(`no API calls found under ${apiDir}`);
  return { version, operations: [...operations].sort() };
}

function matches(selector: string, operation: string): boolean {
  return selector.startsWith("^") ? new RegExp(selector).test(operation) : selector === operation;
}

/** The effect table (0: read by default, 1: write by default, then one per hand-classified entry) and each operation's index. */
function classify(operations: string[], hand: HandClassified): { effects: EffectEntry[]; chosen: Map<string, number> } {
  const effects: EffectEntry[] = [
    { effect: "read", why: "reads inside the org (the method's default)" },
    { effect: "write", why: "writes inside the org (the method's default)" },
  ];
  const chosen = new Map<string, number>();
  for (const operation of operations) chosen.set(operation, /^(GET|HEAD) /.test(operation) ? 0 : 1);
  for (const effect of ["read", "changes_access", "executes_action", "sends_out"] as const) {
    for (const entry of hand[effect]) {
      const index = effects.push({
        effect,
        why: entry.why,
        ...(entry.recipient ? { recipient: entry.recipient } : {}),
        ...(entry.mailbox ? { mailbox: true } : {}),
        ...(entry.recipient_required ? { recipient_required: true } : {}),
        ...(entry.stays_in_org_when ? { stays_in_org_when: entry.stays_in_org_when } : {}),
      });
      for (const selector of entry.operations) {
        const hits = operations.filter((operation) => matches(selector, operation));
        if (hits.length === 0) throw new Error(`${handFile}: "${selector}" matches no operation of the SDK`);
        for (const hit of hits) chosen.set(hit, index - 1);
      }
    }
  }
  return { effects, chosen };
}

/** One line per path, so a diff of the catalog reads as a diff of the API. */
function render(version: string, effects: EffectEntry[], chosen: Map<string, number>): string {
  const paths = new Map<string, Record<string, number>>();
  for (const [operation, index] of chosen) {
    const [method, template] = operation.split(" ") as [string, string];
    paths.set(template, { ...paths.get(template), [method]: index });
  }
  const counts: Record<string, number> = {};
  for (const index of chosen.values()) counts[effects[index]!.effect] = (counts[effects[index]!.effect] ?? 0) + 1;
  const source = {
    package: SDK_PACKAGE,
    version,
    from: `the API calls (path template and method) of ${SDK_PACKAGE}@${version} on the npm registry, which Genesys generates from the Platform API's OpenAPI document`,
    generated_by: "scripts/platform-api-catalog.ts with scripts/platform-api/hand-classified.json",
    operations: chosen.size,
    operations_by_effect: counts,
  };
  const lines = [...paths.keys()].sort().map((template) => {
    const methods = Object.fromEntries(Object.entries(paths.get(template)!).sort(([a], [b]) => a.localeCompare(b)));
    return `    ${JSON.stringify(template)}: ${JSON.stringify(methods)}`;
  });
  return [
    "{",
    `  "source": ${JSON.stringify(source, null, 2).replace(/\n/g, "\n  ")},`,
    `  "effects": [\n${effects.map((entry) => `    ${JSON.stringify(entry)}`).join(",\n")}\n  ],`,
    `  "paths": {\n${lines.join(",\n")}\n  }`,
    "}",
    "",
  ].join("\n");
}

function main(): void {
  const args = process.argv.slice(2);
  const sdk = sdkFolder(args);
  const { version, operations } = sdkOperations(sdk);
  if (!args.includes("--sdk")) fs.rmSync(path.dirname(sdk), { recursive: true, force: true });
  const hand = JSON.parse(fs.readFileSync(handFile, "utf8")) as HandClassified;
  const { effects, chosen } = classify(operations, hand);
  const text = render(version, effects, chosen);
  if (args.includes("--check")) {
    if (fs.readFileSync(outFile, "utf8") !== text) {
      console.error(
        `${path.relative(repo, outFile)} differs from a fresh build: run npx tsx scripts/platform-api-catalog.ts`,
      );
      process.exit(1);
    }
    console.log(`${path.relative(repo, outFile)} is up to date`);
    return;
  }
  fs.writeFileSync(outFile, text);
  console.log(`wrote ${path.relative(repo, outFile)}: ${chosen.size} operations of ${SDK_PACKAGE}@${version}`);
}

main();
