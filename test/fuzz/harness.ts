import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gateExitCode } from "../../src/cli/commands/gate";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { parseHclIsolated } from "../../src/inventory/hcl/parse-in-worker";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import { bracketDepth, MAX_NESTING_DEPTH } from "../../src/validation/nesting-depth";

/** A small, seeded generator (mulberry32): the same seed gives the same cases. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof random>;

// ---------- mutations ----------

const INVALID_UTF8 = [[0xff], [0xfe, 0xfe], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80]];
const DEPTHS = [300, 2_000, 20_000, 100_000];
const OTHER_TYPES = ["null", "42", "-1e308", "true", '""', '"x"', "[]", "{}", '["a"]', '{"a":1}'];
const HCL_VALUES = [
  "null",
  "42",
  "true",
  '""',
  "[]",
  "{}",
  '["a"]',
  "{ a = 1 }",
  "var.nowhere",
  "local.nowhere",
  'jsonencode(["x"])',
];

function insertAt(input: Buffer, at: number, bytes: Buffer): Buffer {
  return Buffer.concat([input.subarray(0, at), bytes, input.subarray(at)]);
}

/** Spans of simple values in the text: JSON scalars or HCL right-hand sides, replaced by the value-level mutations. */
function valueSpans(text: string, syntax: "json" | "hcl"): Array<[number, number]> {
  const pattern =
    syntax === "json"
      ? /:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)/g
      : /=\s*("(?:[^"\\\n]|\\.)*"|-?\d+|true|false)/g;
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(pattern))
    spans.push([match.index + match[0].length - match[1]!.length, match.index + match[0].length]);
  return spans;
}

function replaceValue(input: Buffer, syntax: "json" | "hcl", rng: Random, make: () => string): Buffer {
  const text = input.toString("utf8");
  const spans = valueSpans(text, syntax);
  if (spans.length === 0) return Buffer.from(`${make()}${text}`);
  const [start, end] = rng.pick(spans);
  return Buffer.from(text.slice(0, start) + make() + text.slice(end));
}

const MUTATIONS = {
  truncation: (input: Buffer, rng: Random) => input.subarray(0, rng.int(input.length)),
  "byte flip": (input: Buffer, rng: Random) => {
    const out = Buffer.from(input);
    for (let flips = 1 + rng.int(4); flips > 0 && out.length > 0; flips--) {
      const at = rng.int(out.length);
      out[at] = out[at]! ^ (1 << rng.int(8));
    }
    return out;
  },
  "type swap": (input: Buffer, rng: Random, syntax: "json" | "hcl") =>
    replaceValue(input, syntax, rng, () => rng.pick(syntax === "json" ? OTHER_TYPES : HCL_VALUES)),
  "deep nesting": (input: Buffer, rng: Random, syntax: "json" | "hcl") => {
    const depth = rng.pick(DEPTHS);
    const [open, close] = rng.pick([
      ["[", "]"],
      ...(syntax === "json"
        ? [['{"a":', "}"]]
        : [
            ["{ a = ", " }"],
            ["(", ")"],
          ]),
    ]);
    return replaceValue(input, syntax, rng, () => `${open!.repeat(depth)}1${close!.repeat(depth)}`);
  },
  "huge string": (
    input: Buffer,
    rng: Random,
    syntax: "json" | "hcl",
    sizes: readonly number[] = [10_000, 100_000, 1_000_000],
  ) => {
    const size = rng.pick(sizes);
    const filler = rng.pick(["A", "4111 1111 1111 1111 ", "${", "%{", "\\u0000", "https://evil.example/"]);
    return replaceValue(
      input,
      syntax,
      rng,
      () =>
        `"${filler
          .repeat(Math.ceil(size / filler.length))
          .slice(0, size)
          .replace(/"/g, "")}"`,
    );
  },
  NUL: (input: Buffer, rng: Random) => {
    let out = input;
    for (let count = 1 + rng.int(3); count > 0; count--) out = insertAt(out, rng.int(out.length + 1), Buffer.from([0]));
    return out;
  },
  "invalid UTF-8": (input: Buffer, rng: Random) =>
    insertAt(input, rng.int(input.length + 1), Buffer.from(rng.pick(INVALID_UTF8))),
} as const;
type MutationName = keyof typeof MUTATIONS;
const MUTATION_NAMES = Object.keys(MUTATIONS) as MutationName[];

// ---------- the inputs ----------

const CARD = JSON.stringify({
  type: "object",
  properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
});
const PHONE = JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } });
const CUSTOMER = JSON.stringify({
  type: "object",
  properties: { firstName: { type: "string" }, email: { type: "string" } },
});
export const FUZZ_POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};

export function terraformJsonConfig(card: boolean): Record<string, unknown> {
  return {
    provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
    resource: {
      genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } } },
      genesyscloud_integration_action: {
        lookup: {
          name: "Lookup",
          category: "CRM",
          integration_id: "${genesyscloud_integration.crm.id}",
          secure: !card,
          contract_input: card ? CARD : PHONE,
          contract_output: CUSTOMER,
          config_request: [
            {
              request_type: card ? "POST" : "GET",
              request_url_template: card
                ? "https://collector.example.net/cards"
                : "https://crm.example.eu/customers?phone=$${input.phoneNumber}",
            },
          ],
        },
      },
    },
  };
}

export const APPROVED_TF = `provider "genesyscloud" {
  aws_region = "eu-west-1"
}

locals {
  crm_host = "crm.example.eu"
}

resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Lookup"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input = jsonencode({
    type       = "object"
    properties = { phoneNumber = { type = "string" } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { firstName = { type = "string" }, email = { type = "string" } }
  })
  config_request {
    request_type         = "GET"
    request_url_template = "https://\${local.crm_host}/customers?phone=$\${input.phoneNumber}"
  }
}
`;
export const BLOCKED_TF = APPROVED_TF.replace("secure         = true", "secure         = false")
  .replace(
    'properties = { phoneNumber = { type = "string" } }',
    'properties = { cardNumber = { type = "string" }, cvv = { type = "string" } }',
  )
  .replace(
    '"https://${local.crm_host}/customers?phone=$${input.phoneNumber}"',
    '"https://collector.example.net/cards"',
  );

/** One kind of input the gate reads: where it lives, which file is mutated, and how it is checked. */
export interface FuzzKind {
  name: "plan JSON" | ".tf folder" | "cdktf.out";
  syntax: "json" | "hcl";
  /** What the gate is pointed at and with which policy. */
  target: string;
  policy: string;
  /** The file each case mutates (one of these, chosen by the case). */
  files: Array<{ file: string; base: Buffer; baseExit: number }>;
  /** An unreadable version of this file must give this exit code set (never 0). */
  unreadableExits: number[];
}

/** Writes every input kind into a fresh folder; the repository's three-forms plan is the plan base. */
export async function prepareKinds(root = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-fuzz-"))): Promise<FuzzKind[]> {
  const repo = path.resolve(__dirname, "../..");
  const write = (file: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  const policy = write(path.join(root, "policy.json"), JSON.stringify(FUZZ_POLICY, null, 2));
  const effective = applyPolicy(FUZZ_POLICY as never, policy, root);

  const plan = write(
    path.join(root, "plan", "plan.json"),
    fs.readFileSync(path.join(repo, "test", "fixtures", "three-forms", "plan.json")),
  );
  const repoPolicy = write(
    path.join(root, "plan", "dpia.policy.json"),
    fs.readFileSync(path.join(repo, "dpia.policy.json")),
  );

  const approvedTf = write(path.join(root, "tf-approved", "main.tf"), APPROVED_TF);
  const blockedTf = write(path.join(root, "tf-blocked", "main.tf"), BLOCKED_TF);

  const stack = path.join(root, "cdktf.out", "stacks", "shop");
  const approvedConfig = terraformJsonConfig(false);
  const cdkTfJson = write(path.join(stack, "cdk.tf.json"), JSON.stringify(approvedConfig, null, 2));
  const dpias = assessInventory(readTerraformJson(approvedConfig, { scope: 'stack "shop"', origin: cdkTfJson }), {
    policy: effective,
    now: new Date(),
  }).dpias;
  const dpiaFiles = dpias.map((dpia) =>
    write(path.join(stack, "dpia", `${dpia.dpia_id}.json`), JSON.stringify(dpia, null, 2)),
  );
  write(
    path.join(root, "cdktf.out", "manifest.json"),
    JSON.stringify({
      version: "0.21.0",
      stacks: {
        shop: { name: "shop", workingDirectory: "stacks/shop", synthesizedStackPath: "stacks/shop/cdk.tf.json" },
      },
    }),
  );

  const kinds: FuzzKind[] = [
    {
      name: "plan JSON",
      syntax: "json",
      target: plan,
      policy: repoPolicy,
      files: [{ file: plan, base: fs.readFileSync(plan), baseExit: 1 }],
      unreadableExits: [2],
    },
    {
      name: ".tf folder",
      syntax: "hcl",
      target: path.dirname(approvedTf),
      policy,
      files: [{ file: approvedTf, base: Buffer.from(APPROVED_TF), baseExit: 0 }],
      unreadableExits: [2],
    },
    {
      name: ".tf folder",
      syntax: "hcl",
      target: path.dirname(blockedTf),
      policy,
      files: [{ file: blockedTf, base: Buffer.from(BLOCKED_TF), baseExit: 1 }],
      unreadableExits: [2],
    },
    {
      name: "cdktf.out",
      syntax: "json",
      target: path.join(root, "cdktf.out"),
      policy,
      files: [cdkTfJson, ...dpiaFiles].map((file) => ({ file, base: fs.readFileSync(file), baseExit: 0 })),
      unreadableExits: [1, 2],
    },
  ];
  return kinds;
}

// ---------- running ----------

export interface CaseResult {
  kind: FuzzKind["name"];
  mutation: MutationName;
  exitCode: number;
  unreadable: boolean;
  internalError: boolean;
  ms: number;
  /** The exit code of the unmutated file: an approval (0) of a mutated blocked base (1) is reviewed by hand. */
  baseExit: number;
  /** Set when an oracle failed: what was wrong. */
  failure?: string;
}

async function unreadable(kind: FuzzKind, mutated: Buffer): Promise<boolean> {
  const text = mutated.toString("utf8");
  if (kind.syntax === "json") {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }
  if (bracketDepth(text) > MAX_NESTING_DEPTH) return true;
  return !(await parseHclIsolated("fuzz.tf", text)).ok;
}

/** Runs one mutated input through what `dpia gate` runs, in process, and checks the oracles. */
export async function runCase(
  kind: FuzzKind,
  rng: Random,
  options: { hugeStringSizes?: readonly number[] } = {},
): Promise<CaseResult & { mutated: Buffer; file: string }> {
  const target = rng.pick(kind.files);
  const mutation = rng.pick(MUTATION_NAMES);
  const mutated = MUTATIONS[mutation](target.base, rng, kind.syntax, options.hugeStringSizes);
  fs.writeFileSync(target.file, mutated);
  let stderr = "";
  // A register of its own per case: every gate run verifies the whole register, and one shared by
  // thousands of cases would measure the register's growth, not the mutated input.
  const registerDir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-fuzz-register-"));
  const started = Date.now();
  let exitCode: number;
  try {
    exitCode = await gateExitCode(
      kind.target,
      { policy: kind.policy, format: "json", register: path.join(registerDir, "register.db") },
      { stdout: () => undefined, stderr: (text) => (stderr += text) },
    );
  } finally {
    fs.writeFileSync(target.file, target.base);
    fs.rmSync(registerDir, { recursive: true, force: true });
  }
  const ms = Date.now() - started;
  const isUnreadable = await unreadable(kind, mutated);
  const internalError = stderr.includes("internal error");
  const failure = ![0, 1, 2].includes(exitCode)
    ? `exit code ${exitCode}`
    : internalError
      ? `internal error: ${stderr.trim().slice(0, 300)}`
      : ms > 30_000
        ? `took ${ms} ms`
        : isUnreadable && !kind.unreadableExits.includes(exitCode)
          ? `unreadable ${path.basename(target.file)} gave exit ${exitCode}, expected ${kind.unreadableExits.join(" or ")}`
          : undefined;
  return {
    kind: kind.name,
    mutation,
    exitCode,
    unreadable: isUnreadable,
    internalError,
    ms,
    baseExit: target.baseExit,
    mutated,
    file: target.file,
    ...(failure ? { failure } : {}),
  };
}

export interface KindFigures {
  kind: string;
  cases: number;
  exits: Record<number, number>;
  unreadable: number;
  /** Cases whose base blocks (exit 1) and whose mutation was approved: reviewed by hand, listed in the report. */
  approvedFromBlockedBase: number;
  slowestMs: number;
  failures: CaseResult[];
}

/** Runs `count` cases of each kind (a kind with several bases shares them) and gathers the figures. */
export async function fuzz(
  kinds: FuzzKind[],
  count: number,
  seed: number,
  options: {
    hugeStringSizes?: readonly number[];
    onCase?: (result: CaseResult & { mutated: Buffer; file: string }) => void;
    onKind?: (figure: KindFigures) => void;
  } = {},
): Promise<KindFigures[]> {
  const byName = new Map<string, FuzzKind[]>();
  for (const kind of kinds) byName.set(kind.name, [...(byName.get(kind.name) ?? []), kind]);
  const figures: KindFigures[] = [];
  let index = 0;
  for (const [name, group] of byName) {
    const rng = random(seed + index++ * 7919);
    const figure: KindFigures = {
      kind: name,
      cases: 0,
      exits: { 0: 0, 1: 0, 2: 0 },
      unreadable: 0,
      approvedFromBlockedBase: 0,
      slowestMs: 0,
      failures: [],
    };
    for (let n = 0; n < count; n++) {
      const kind = group[n % group.length]!;
      const result = await runCase(kind, rng, options);
      options.onCase?.(result);
      figure.cases++;
      figure.exits[result.exitCode] = (figure.exits[result.exitCode] ?? 0) + 1;
      if (result.unreadable) figure.unreadable++;
      if (result.exitCode === 0 && result.baseExit === 1) figure.approvedFromBlockedBase++;
      figure.slowestMs = Math.max(figure.slowestMs, result.ms);
      if (result.failure) figure.failures.push(result);
    }
    figures.push(figure);
    options.onKind?.(figure);
  }
  return figures;
}
