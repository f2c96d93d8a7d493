import * as fs from "node:fs";
import * as path from "node:path";
import type { Random } from "../harness";
import { stableJson } from "./authority-fixture";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, getAt, mutateJson, REMOVE, setAt, timed, type OracleKind } from "./kind";
import { reportingOrgTf } from "../../helpers/reporting-org";

const POLICY = { version: 1 };
const MAIN_TF = (division: string) => reportingOrgTf({ division });

/** `terraform show -json` of the state the approved configuration leaves, with the client's division as given. */
export function stateOf(division: string) {
  return {
    format_version: "1.0",
    terraform_version: "1.11.4",
    values: {
      root_module: {
        resources: [
          {
            address: "genesyscloud_auth_role.reader",
            mode: "managed",
            type: "genesyscloud_auth_role",
            name: "reader",
            provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
            schema_version: 0,
            values: {
              id: "r-1",
              name: "Reporting reader",
              description: "",
              permissions: [],
              default_role_id: null,
              permission_policies: [
                { domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"], conditions: [] },
              ],
            },
            sensitive_values: {},
          },
          {
            address: "genesyscloud_oauth_client.reporting",
            mode: "managed",
            type: "genesyscloud_oauth_client",
            name: "reporting",
            provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
            schema_version: 0,
            values: {
              id: "c-1",
              name: "Reporting",
              authorized_grant_type: "CLIENT-CREDENTIALS",
              access_token_validity_seconds: 3600,
              state: "active",
              roles: [{ role_id: "r-1", division_id: division }],
              scopes: [],
            },
            sensitive_values: {},
          },
        ],
      },
    },
  };
}

/** The path to the OAuth client whose division the drifted base widens. */
const CLIENT = ["values", "root_module", "resources", 1];
/** The keys of the state's structure: a misspelt or missing one must not read as "nothing deployed". */
const STRUCTURE = [["values"], ["values", "root_module"], ["values", "root_module", "resources"]];

/** The keys `terraform show -json` writes at each level of a state's structure (Terraform 1.11). */
const KNOWN_KEYS: Array<[Array<string>, string[]]> = [
  [[], ["format_version", "terraform_version", "values", "checks"]],
  [["values"], ["outputs", "root_module"]],
  [
    ["values", "root_module"],
    ["resources", "child_modules", "address"],
  ],
];

/**
 * The oracle: a state that is not JSON, or whose structure (the top level, `values`,
 * `root_module`) holds a key Terraform does not write (a misspelt `resources` among them) or a
 * value of the wrong type, is exit 2, never "everything gone" (a missing key is what Terraform
 * writes for nothing deployed, and is not judged); and a state that still holds the widened client
 * exactly as the drifted base has it is never exit 0.
 */
function judgeStateCase(base: unknown, widened: boolean, text: string, exitCode: number): string | undefined {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return exitCode === 2 ? undefined : `a state that is not JSON gave exit ${exitCode}, expected 2`;
  }
  for (const [at, known] of KNOWN_KEYS) {
    const level = at.length === 0 ? state : getAt(state, at);
    if (level === undefined) continue;
    const isObject = level !== null && typeof level === "object" && !Array.isArray(level);
    const unknown = isObject ? Object.keys(level).filter((key) => !known.includes(key)) : [];
    const wrongType =
      !isObject ||
      (at.length === 2 && "resources" in level && !Array.isArray((level as { resources: unknown }).resources));
    if ((wrongType || unknown.length > 0) && exitCode !== 2)
      return `the state's ${at.join(".") || "top level"} ${wrongType ? "is not of its type" : `holds ${unknown.map((key) => JSON.stringify(key)).join(", ")}, which Terraform does not write`}, but drift gave exit ${exitCode}, expected 2`;
  }
  if (widened && exitCode === 0 && stableJson(getAt(state, CLIENT)) === stableJson(getAt(base, CLIENT)))
    return "drift approved a state that still grants the client every division";
  return undefined;
}

function mutateState(base: unknown, rng: Random): { mutation: string; text: string } {
  const text = JSON.stringify(base, null, 2);
  switch (rng.int(5)) {
    case 0: {
      const at = rng.pick(STRUCTURE);
      const key = at[at.length - 1]!;
      const parent = getAt(base, at.slice(0, -1)) as Record<string, unknown>;
      const spelling = rng.pick([`${key}s`, key.toUpperCase(), key.slice(0, -1), ` ${key}`, ""]);
      const renamed = Object.fromEntries(Object.entries(parent).map(([k, v]) => [k === key ? spelling : k, v]));
      const document = at.length === 1 ? renamed : setAt(base, at.slice(0, -1), renamed);
      return rng.int(4) === 0
        ? { mutation: `${at.join(".")} removed`, text: JSON.stringify(setAt(base, at, REMOVE)) }
        : { mutation: `${at.join(".")} misspelt`, text: JSON.stringify(document) };
    }
    case 1: {
      const depth = rng.pick([1_000, 50_000]);
      const document = setAt(base, [...CLIENT, "values", "name"], "__DEEP__");
      return {
        mutation: `nested ${depth} deep`,
        text: JSON.stringify(document).replace('"__DEEP__"', `${"[".repeat(depth)}1${"]".repeat(depth)}`),
      };
    }
    case 2: {
      const at = rng.int(text.length);
      return rng.int(2) === 0
        ? { mutation: "truncation", text: text.slice(0, at) }
        : {
            mutation: "byte flip",
            text: text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << rng.int(7))) + text.slice(at + 1),
          };
    }
    default: {
      const { mutation, document } = mutateJson(base, rng);
      return { mutation, text: JSON.stringify(document, null, 2) };
    }
  }
}

/** State JSON for `dpia drift <state>`, against a register holding the approved configuration. */
export async function stateJsonKind(root: string): Promise<OracleKind> {
  fs.mkdirSync(path.join(root, "tf"), { recursive: true });
  const policy = path.join(root, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(POLICY));
  fs.writeFileSync(path.join(root, "tf", "main.tf"), MAIN_TF("home"));
  const baseRegister = path.join(root, "base", "register.db");
  fs.mkdirSync(path.dirname(baseRegister), { recursive: true });
  const approved = await dpiaInProcess(["gate", path.join(root, "tf"), "--policy", policy, "--register", baseRegister]);
  if (approved.exitCode !== 0) throw new Error(`state kind: the base does not approve: ${approved.stderr}`);
  const env = { GENESYSCLOUD_REGION: "eu-west-1" };
  const bases = [
    { name: "as approved", state: stateOf("home"), widened: false },
    { name: "division widened", state: stateOf("*"), widened: true },
  ];
  let n = 0;
  const drift = async (text: string) => {
    const caseDir = path.join(root, "cases", String(n));
    fs.mkdirSync(caseDir, { recursive: true });
    for (const name of fs.readdirSync(path.dirname(baseRegister)))
      fs.copyFileSync(path.join(path.dirname(baseRegister), name), path.join(caseDir, name));
    const file = path.join(caseDir, "state.json");
    fs.writeFileSync(file, text);
    const result = await timed(() =>
      dpiaInProcess(["drift", file, "--policy", policy, "--register", path.join(caseDir, "register.db")], env),
    );
    fs.rmSync(caseDir, { recursive: true, force: true });
    return result;
  };
  for (const base of bases) {
    const { outcome } = await drift(JSON.stringify(base.state));
    if (outcome.exitCode !== (base.widened ? 1 : 0))
      throw new Error(
        `state kind: base "${base.name}" gives exit ${outcome.exitCode}: ${outcome.stdout}${outcome.stderr}`,
      );
  }
  const evaluate = async (text: string, name: string, mutation = "given") => {
    const base = bases.find((candidate) => candidate.name === name)!;
    const { outcome, ms } = await drift(text);
    const failure = contractFailure(outcome, ms) ?? judgeStateCase(base.state, base.widened, text, outcome.exitCode);
    return {
      kind: "state JSON" as const,
      base: base.name,
      mutation: `${base.name} / ${mutation}`,
      exitCode: outcome.exitCode,
      ms,
      input: text,
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "state JSON",
    runCase: async (rng) => {
      const base = bases[n++ % bases.length]!;
      const { mutation, text } = mutateState(base.state, rng);
      return evaluate(text, base.name, mutation);
    },
    evaluate,
  };
}
