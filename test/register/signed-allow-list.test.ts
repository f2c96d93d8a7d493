import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { applyPolicy } from "../../src/policy/load-policy";
import type { AllowedDestination } from "../../src/policy/schema";
import { withTrustRoot } from "../../src/trust/apply-root";
import { destinationsOnlyRequested } from "../../src/trust/requested-destinations";
import type { TrustRoot } from "../../src/trust/schema";
import { InputError } from "../../src/validation/input-error";
import { runDpia } from "../helpers/run-cli";
import { tempFolder } from "./helpers";

/** A data action sending a caller's email to a CRM in the United States: lawful only under a transfer mechanism. */
const CONFIGURATION = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}
resource "genesyscloud_integration" "crm" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}
resource "genesyscloud_integration_action" "lookup" {
  name           = "Find customer"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  contract_input = jsonencode({ type = "object", properties = { email = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { id = { type = "string" } } })
  config_request {
    request_url_template = "https://api.crm.example.com/customers?email=$\${input.email}"
    request_type         = "GET"
    request_template     = "$\${input.rawRequest}"
  }
  config_response {
    success_template = "$\${rawResult}"
  }
}
`;

const reviewed: AllowedDestination = {
  host: "api.crm.example.com",
  vendor: "Example CRM Inc.",
  country: "US",
  purposes: ["Identify callers"],
};
/** The same entry with a mechanism the DPO never declared: the line a developer adds to get past the block. */
const selfDeclared: AllowedDestination = { ...reviewed, transfer_mechanism: "scc", scc_module: "M2" };

function cli(dir: string, ...args: string[]) {
  return runDpia([...args, "--register", path.join(dir, "register.db")], { cwd: dir });
}

function writePolicy(dir: string, approvers: unknown[], destinations: AllowedDestination[]) {
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ version: 1, approvers, destinations }));
}

/** Puts a root in force signed by both approvers; the draft may be edited before it is signed. */
function rotate(dir: string, initArgs: string[], edit: (root: TrustRoot) => TrustRoot = (root) => root) {
  const file = path.join(dir, "root.json");
  const init = cli(dir, "trust", "init", "--out", "root.json", ...initArgs);
  expect(init.status, init.output).toBe(0);
  fs.writeFileSync(file, JSON.stringify(edit(JSON.parse(fs.readFileSync(file, "utf8")) as TrustRoot)));
  for (const key of ["dpo.anna", "sec.ben"]) cli(dir, "trust", "sign", "root.json", "--key", `keys/${key}.key`);
  return { init, rotated: cli(dir, "trust", "rotate", "root.json") };
}

describe("a trust root's allow-list decides the destinations; the repository's is then a request", () => {
  let dir: string;
  let approvers: unknown[];
  beforeAll(() => {
    dir = tempFolder("dpia-allow-list-");
    fs.mkdirSync(path.join(dir, "cfg"));
    fs.writeFileSync(path.join(dir, "cfg", "main.tf"), CONFIGURATION);
    approvers = ["dpo.anna:DPO", "sec.ben:SECURITY_LEAD"].map((entry) => {
      const [id, role] = entry.split(":");
      const made = runDpia(["keygen", "--id", id!, "--role", role!, "--out", "keys"], { cwd: dir });
      return JSON.parse(made.stdout.slice(made.stdout.indexOf("{")));
    });
  }, 120_000);

  test("without one, the repository's entry declares the mechanism (the documented behaviour)", () => {
    writePolicy(dir, approvers, [reviewed]);
    expect(cli(dir, "gate", "cfg").status).toBe(1);
    writePolicy(dir, approvers, [selfDeclared]);
    expect(cli(dir, "gate", "cfg").status).toBe(0);
  }, 120_000);

  test("with one, a mechanism added in the repository lifts nothing, and the run says why", () => {
    writePolicy(dir, approvers, [reviewed]);
    const { init, rotated } = rotate(dir, ["--destinations"]);
    expect(init.stdout).toContain("1 destination on its allow-list");
    expect(rotated.status, rotated.output).toBe(0);
    expect(cli(dir, "trust", "show").stdout).toContain(
      "Allow-list: 1 destination; the repository's policy only requests more",
    );

    const same = cli(dir, "gate", "cfg");
    expect(same.status).toBe(1);
    expect(same.output).not.toContain("is not on the allow-list of trust root");

    writePolicy(dir, approvers, [selfDeclared]);
    const gate = cli(dir, "gate", "cfg");
    expect(gate.status, gate.output).toBe(1);
    expect(gate.output).toContain("GC-TRF-1");
    expect(gate.output).toContain(
      'destinations[0] (host "api.crm.example.com") is not on the allow-list of trust root version 1, which decides the destinations',
    );
  }, 300_000);

  test("the approvers sign the entry into the next root, and only then does it count", () => {
    writePolicy(dir, approvers, [selfDeclared]);
    const { rotated } = rotate(dir, ["--destinations"]);
    expect(rotated.status, rotated.output).toBe(0);
    const gate = cli(dir, "gate", "cfg");
    expect(gate.status, gate.output).toBe(0);
    expect(gate.output).not.toContain("is not on the allow-list of trust root");
  }, 300_000);

  test("a next root that drops the allow-list is named when drafted, and a malformed one is refused", () => {
    const dropped = cli(dir, "trust", "init", "--out", "dropped.json");
    expect(dropped.status).toBe(0);
    expect(dropped.stderr).toContain("this draft carries no allow-list");

    const { rotated } = rotate(dir, ["--destinations"], (root) => ({
      ...root,
      signed: { ...root.signed, destinations: [{ ...reviewed, host: "*.com" }] },
    }));
    expect(rotated.status).toBe(2);
    expect(rotated.stderr).toContain("root.json: signed.destinations[0].host");
  }, 300_000);
});

describe("withTrustRoot: whose allow-list is in force", () => {
  const policy = applyPolicy({ version: 1, destinations: [selfDeclared] });
  const root = (destinations?: AllowedDestination[]): TrustRoot => ({
    signed: {
      type: "dpia-trust-root",
      version: 3,
      expires: "2099-01-01T00:00:00Z",
      threshold: 2,
      approvers: [],
      ...(destinations ? { destinations } : {}),
    },
    signatures: [],
  });

  test("a root without one leaves the repository's", () => {
    expect(withTrustRoot(policy, root()).destinations).toEqual(policy.destinations);
    expect(destinationsOnlyRequested(policy, root())).toEqual([]);
    expect(destinationsOnlyRequested(policy, undefined)).toEqual([]);
  });

  test("a root with one replaces it, even when empty; entries it lacks word for word are only requested", () => {
    expect(withTrustRoot(policy, root([reviewed])).destinations).toMatchObject([reviewed]);
    expect(withTrustRoot(policy, root([reviewed])).destinations[0]).not.toHaveProperty("transfer_mechanism");
    expect(withTrustRoot(policy, root([])).destinations).toEqual([]);
    expect(destinationsOnlyRequested(policy, root([reviewed]))).toEqual([
      'destinations[0] (host "api.crm.example.com")',
    ]);
    expect(destinationsOnlyRequested(policy, root([selfDeclared]))).toEqual([]);
  });

  test("a root's entry the policy loader would refuse is an input error naming the root", () => {
    expect(() => withTrustRoot(policy, root([{ ...reviewed, country: "UK" }]))).toThrow(InputError);
    expect(() => withTrustRoot(policy, root([{ ...reviewed, country: "UK" }]))).toThrow(
      /trust root version 3: signed\.destinations\[0\]\.country/,
    );
  });
});
