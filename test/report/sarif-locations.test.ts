import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv4 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { Log, Result } from "sarif";
import { beforeAll, describe, expect, test } from "vitest";
import { CLI, SYNTH } from "../helpers/e2e-timeouts";
import { run, runDpiaAsync, synth } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const threeForms = path.join(root, "test", "fixtures", "three-forms");

/**
 * A CDKTF app as a user writes it: an approved stack (an OAuth client reading contacts, High) and a
 * blocked one (card data to a US payment service, Critical), in a repository one folder down.
 */
const APP = `import { App, Aspects, TerraformStack } from "cdktf";
import { AuthRole } from "${root}/.gen/providers/genesyscloud/auth-role";
import { Integration } from "${root}/.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "${root}/.gen/providers/genesyscloud/integration-action";
import { OauthClient } from "${root}/.gen/providers/genesyscloud/oauth-client";
import { GenesyscloudProvider } from "${root}/.gen/providers/genesyscloud/provider";
import { DpiaGate } from "${root}/src";

const app = new App();
const wallboard = new TerraformStack(app, "wallboard");
new GenesyscloudProvider(wallboard, "genesyscloud", { awsRegion: "eu-west-1" });
const reader = new AuthRole(wallboard, "contact_reader", {
  name: "Contact reader",
  permissionPolicies: [{ domain: "externalContacts", entityName: "contact", actionSet: ["view"] }],
});
new OauthClient(wallboard, "wallboard_client", {
  name: "Wallboard",
  authorizedGrantType: "CLIENT-CREDENTIALS",
  roles: [{ roleId: reader.id, divisionId: "home" }],
});
Aspects.of(wallboard).add(new DpiaGate({ quiet: true }));

const payments = new TerraformStack(app, "payments");
new GenesyscloudProvider(payments, "genesyscloud", { awsRegion: "eu-central-1" });
const psp = new Integration(payments, "card_payments", {
  integrationType: "custom-rest-actions",
  config: { name: "Card payments" },
});
new IntegrationAction(payments, "take_payment", {
  name: "Charge card",
  category: "Payments",
  integrationId: psp.id,
  secure: false,
  contractInput: JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" }, cvv: { type: "string" } } }),
  contractOutput: JSON.stringify({ type: "object", properties: {} }),
  configRequest: { requestType: "POST", requestUrlTemplate: "https://api.payments.example-psp.com/v1/charges", requestTemplate: "$\${input.rawRequest}" },
});
Aspects.of(payments).add(new DpiaGate({ quiet: true }));
app.synth();
`;

let repo: string;
const sarif: Record<"cdktf" | "hcl" | "plan", Log> = {} as never;

async function gateSarif(target: string, cwd: string): Promise<Log> {
  const register = path.join(tempDir("sarif-locations-register-"), "register.db");
  const args = ["gate", target, "--format", "sarif", "--register", register];
  const { stdout, stderr, status } = await runDpiaAsync(args, { cwd });
  expect([0, 1], stderr).toContain(status);
  return JSON.parse(stdout) as Log;
}

const resultsOf = (log: Log): Result[] => log.runs[0]!.results ?? [];
const physical = (result: Result) => result.locations![0]!.physicalLocation!;
const lineOf = (file: string, pattern: RegExp) =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .findIndex((line) => pattern.test(line)) + 1;

beforeAll(async () => {
  repo = tempDir("sarif-locations-");
  expect(run("git", ["init", "-q", repo]).status).toBe(0);
  const app = path.join(repo, "infra", "app");
  fs.mkdirSync(app, { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(app, "node_modules"), "dir");
  fs.writeFileSync(path.join(app, "main.ts"), APP);
  fs.writeFileSync(path.join(app, "cdktf.json"), JSON.stringify({ language: "typescript", app: "npx tsx main.ts" }));
  fs.cpSync(path.join(threeForms, "hcl"), path.join(repo, "infra", "hcl"), { recursive: true });
  fs.copyFileSync(path.join(threeForms, "plan.json"), path.join(repo, "infra", "plan.json"));
  const synthesized = synth(app);
  expect(synthesized.status, synthesized.output).toBe(1); // the payments stack is blocked
  // Run from a subfolder of the repository: URIs are relative to its root, not to the working folder.
  const cwd = path.join(repo, "infra");
  [sarif.cdktf, sarif.hcl, sarif.plan] = await Promise.all([
    gateSarif(path.join("app", "cdktf.out"), cwd),
    gateSarif("hcl", cwd),
    gateSarif("plan.json", cwd),
  ]);
}, SYNTH + CLI);

describe("SARIF every result of which code scanning can show", () => {
  test.each(["cdktf", "hcl", "plan"] as const)(
    "%s: every result is at a file of the repository, relative to its root (the SRCROOT base), at a line",
    (form) => {
      const log = sarif[form];
      const base = log.runs[0]!.originalUriBaseIds?.["%SRCROOT%"]?.uri;
      expect(base).toBe(`${pathToFileURL(repo).href}/`);
      expect(resultsOf(log).length).toBeGreaterThan(0);
      for (const result of resultsOf(log)) {
        const location = physical(result);
        const uri = location.artifactLocation!.uri!;
        expect(uri, result.ruleId).toMatch(/^[^/:][^:]*$/);
        expect(location.artifactLocation!.uriBaseId).toBe("%SRCROOT%");
        expect(fs.existsSync(fileURLToPath(new URL(uri, base))), uri).toBe(true);
        expect(location.region?.startLine, `${result.ruleId} ${uri}`).toBeGreaterThanOrEqual(1);
      }
    },
  );

  test.each(["cdktf", "hcl", "plan"] as const)("%s: validates against the SARIF 2.1.0 schema", (form) => {
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const schemaFile = path.join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
    expect(validate(sarif[form]), JSON.stringify(validate.errors)).toBe(true);
  });

  test("cdktf.out: each result is at the line of the app's entry file (cdktf.json's app) that creates its construct", () => {
    const main = path.join(repo, "infra", "app", "main.ts");
    const byConstruct = new Map(
      resultsOf(sarif.cdktf).map((result) => [
        result.locations![0]!.logicalLocations![0]!.fullyQualifiedName,
        physical(result),
      ]),
    );
    // Approved (from cdk.tf.json) and blocked (from the DPIAs the aspect wrote): both are found in main.ts.
    expect(byConstruct.get("wallboard/wallboard_client")).toEqual({
      artifactLocation: { uri: "infra/app/main.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: lineOf(main, /"wallboard_client"/) },
    });
    expect(byConstruct.get("payments/take_payment")).toEqual({
      artifactLocation: { uri: "infra/app/main.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: lineOf(main, /"take_payment"/) },
    });
    for (const result of resultsOf(sarif.cdktf))
      expect(physical(result).artifactLocation!.uri, result.ruleId).toBe("infra/app/main.ts");
  });

  test("HCL: a finding on an attribute is at that attribute's line, inside its block", () => {
    const mainTf = path.join(repo, "infra", "hcl", "main.tf");
    const at = (ruleId: string, attribute: string) =>
      resultsOf(sarif.hcl).find((result) => result.ruleId === ruleId && result.properties?.["attribute"] === attribute);
    expect(physical(at("GC-OAC-2", "roles[0].role_id")!)).toEqual({
      artifactLocation: { uri: "infra/hcl/main.tf", uriBaseId: "%SRCROOT%" },
      region: { startLine: lineOf(mainTf, /^\s*role_id\s*=/) },
    });
    expect(physical(at("GC-DST-1", "config_request.request_url_template")!).region).toEqual({
      startLine: lineOf(mainTf, /^\s*request_url_template\s*=/),
    });
  });

  test("plan JSON: a result is at the plan file, on the line that names its resource's address", () => {
    const plan = path.join(repo, "infra", "plan.json");
    for (const result of resultsOf(sarif.plan)) {
      const address = result.locations![0]!.logicalLocations![0]!.fullyQualifiedName!;
      expect(physical(result), address).toEqual({
        artifactLocation: { uri: "infra/plan.json", uriBaseId: "%SRCROOT%" },
        region: {
          startLine: lineOf(plan, new RegExp(`"address": ${JSON.stringify(address).replace(/[.[\]]/g, "\\$&")}`)),
        },
      });
    }
  });
});
