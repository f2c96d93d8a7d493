import * as fs from "node:fs";
import * as path from "node:path";
import Ajv4 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { App, TerraformStack } from "cdktf";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { AuthRole } from "../../.gen/providers/genesyscloud/auth-role";
import { Integration } from "../../.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "../../.gen/providers/genesyscloud/integration-action";
import { OauthClient } from "../../.gen/providers/genesyscloud/oauth-client";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import { runGate } from "../../src/cli/commands/gate";
import type { Dpia } from "../../src/dpia/schema";
import { CLI, IN_PROCESS } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test", "fixtures", "three-forms");
const corpus = path.resolve(root, "..", "shared", "corpus");

/** The fixture's configuration written in CDKTF and synthesized without the aspect. */
function synthesizeCdktf(): string {
  const outdir = tempDir("gate-cdktf-");
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "three-forms");
  new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
  const crm = new Integration(stack, "crm", {
    integrationType: "custom-rest-actions",
    intendedState: "ENABLED",
    config: { name: "CRM" },
  });
  new IntegrationAction(stack, "lookup", {
    name: "Lookup",
    category: "CRM",
    integrationId: crm.id,
    secure: true,
    contractInput: JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } }),
    contractOutput: JSON.stringify({
      type: "object",
      properties: { firstName: { type: "string" }, email: { type: "string" } },
    }),
    configRequest: {
      requestType: "GET",
      requestUrlTemplate: "https://crm.example.eu/customers?phone=$${input.phoneNumber}",
    },
  });
  const role = new AuthRole(stack, "recordings", {
    name: "Recordings",
    permissionPolicies: [{ domain: "recording", entityName: "recording", actionSet: ["view"] }],
  });
  new OauthClient(stack, "exporter", {
    name: "Exporter",
    authorizedGrantType: "CLIENT-CREDENTIALS",
    roles: [{ roleId: role.id, divisionId: "*" }],
  });
  app.synth();
  return outdir;
}

// One in-process synthesis shared by the tests that read it; a test that edits it works on a copy.
let synthesized: string;
beforeAll(() => {
  synthesized = synthesizeCdktf();
}, IN_PROCESS);

function copyOfSynthesized(): string {
  const copy = tempDir("gate-cdktf-copy-");
  fs.cpSync(synthesized, copy, { recursive: true });
  return copy;
}

const essence = (dpias: Dpia[]) =>
  dpias.map((dpia) => ({
    id: dpia.dpia_id,
    fingerprint: dpia.fingerprint,
    status: dpia.compliance_status,
    risk: dpia.risk_assessment,
    findings: dpia.findings.map(({ construct_path: _c, ...rest }) => rest),
  }));

describe("dpia gate", () => {
  test(
    "the same configuration as cdktf.out, a .tf folder and a plan JSON gives the same DPIAs, findings and fingerprints",
    async () => {
      const outdir = synthesized;
      const fromCdktf = await runGate(outdir, { format: "json" });
      const fromHcl = await runGate(path.join(fixtures, "hcl"), { format: "json" });
      const fromPlan = await runGate(path.join(fixtures, "plan.json"), { format: "json" });
      expect(fromCdktf.report.dpias).toHaveLength(2);
      expect(essence(fromHcl.report.dpias)).toEqual(essence(fromCdktf.report.dpias));
      expect(essence(fromPlan.report.dpias)).toEqual(essence(fromCdktf.report.dpias));
      // Terraform's JSON syntax in a folder (main.tf.json) is the fourth form.
      const jsonFolder = tempDir("gate-tf-json-");
      fs.copyFileSync(path.join(outdir, "stacks", "three-forms", "cdk.tf.json"), path.join(jsonFolder, "main.tf.json"));
      const fromTfJson = await runGate(jsonFolder, { format: "json" });
      expect(essence(fromTfJson.report.dpias)).toEqual(essence(fromCdktf.report.dpias));
      // The same configuration built with functions, conditionals, for expressions and dynamic blocks.
      const fromEvaluated = await runGate(path.join(fixtures, "hcl-evaluated"), { format: "json" });
      expect(essence(fromEvaluated.report.dpias)).toEqual(essence(fromCdktf.report.dpias));
    },
    IN_PROCESS,
  );

  test(
    "--var-file applies to every root folder when the gate is given a folder of them",
    async () => {
      const parent = tempDir("gate-roots-");
      fs.mkdirSync(path.join(parent, "crm"));
      fs.writeFileSync(
        path.join(parent, "crm", "main.tf"),
        'variable "crm_host" {}\nprovider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\nresource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n}\nresource "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n  category = "CRM"\n  integration_id = genesyscloud_integration.crm.id\n  contract_input = jsonencode({ type = "object", properties = { email = { type = "string" } } })\n  contract_output = jsonencode({})\n  config_request {\n    request_type = "GET"\n    request_url_template = "https://${var.crm_host}/c"\n  }\n}\n',
      );
      fs.writeFileSync(path.join(parent, "prod.tfvars"), 'crm_host = "crm.example.eu"\n');
      const { report } = await runGate(parent, { format: "json", varFile: [path.join(parent, "prod.tfvars")] });
      expect(report.dpias.flatMap((dpia) => dpia.data_flows.map((flow) => flow.destination_host))).toContain(
        "crm.example.eu",
      );
    },
    IN_PROCESS,
  );

  test(
    "SARIF validates against the official SARIF 2.1.0 schema and points at the .tf file and line",
    async () => {
      const { output } = await runGate(path.join(fixtures, "hcl"), { format: "sarif" });
      const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const schema = JSON.parse(
        fs.readFileSync(
          path.join(root, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json"),
          "utf8",
        ),
      );
      const validate = ajv.compile(schema);
      const log = JSON.parse(output);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      // Only what blocks is an error (GC-REC-3: recordings to an API client); a High finding is a warning.
      const results = log.runs[0].results as Array<{ ruleId: string; level: string }>;
      expect(results.find((r) => r.ruleId === "GC-OAC-3")?.level).toBe("warning");
      const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "GC-REC-3");
      expect(result.level).toBe("error");
      expect(result.properties.blocking).toBe(true);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("test/fixtures/three-forms/hcl/main.tf");
      // At the attribute the finding is about (the exporter's `roles` block), not only its resource.
      const lines = fs.readFileSync(path.join(fixtures, "hcl", "main.tf"), "utf8").split("\n");
      const declared = lines.findIndex((text) => text.startsWith(`resource "genesyscloud_oauth_client" "exporter"`));
      expect(result.properties.attribute).toBe("roles");
      expect(result.locations[0].physicalLocation.region.startLine).toBe(
        lines.findIndex((text, at) => at > declared && /^\s*roles\s*\{/.test(text)) + 1,
      );
      expect(validate({ ...log, version: "2.0.0" })).toBe(false);
    },
    IN_PROCESS,
  );

  test(
    "JUnit XML parses back: one test case per DPIA, failures for blocks",
    async () => {
      const { output, report } = await runGate(path.join(root, "test", "fixtures", "personal-data-types"), {
        format: "junit",
      });
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(output);
      const suites = [parsed.testsuites.testsuite].flat();
      const cases = suites.flatMap((suite: { testcase: unknown }) => [suite.testcase].flat()) as Array<{
        failure?: unknown;
      }>;
      expect(Number(parsed.testsuites.tests)).toBe(report.dpias.length);
      expect(cases).toHaveLength(report.dpias.length);
      const failures = cases.filter((c) => c.failure);
      expect(failures).toHaveLength(
        report.dpias.filter((d) => d.compliance_status === "BLOCKED_FOR_DEPLOYMENT").length,
      );
      expect(Number(parsed.testsuites.failures)).toBe(failures.length);
    },
    CLI,
  );

  test(
    "--out writes each DPIA as JSON, Markdown and HTML; jq -r .compliance_status works on the JSON",
    async () => {
      const out = tempDir("gate-out-");
      const { report } = await runGate(path.join(fixtures, "plan.json"), { format: "text", out });
      for (const dpia of report.dpias) {
        const json = JSON.parse(fs.readFileSync(path.join(out, `${dpia.dpia_id}.json`), "utf8"));
        expect(["APPROVED_FOR_DEPLOYMENT", "BLOCKED_FOR_DEPLOYMENT"]).toContain(json.compliance_status);
        expect(fs.readFileSync(path.join(out, `${dpia.dpia_id}.md`), "utf8")).toContain("## 9. Sign-off");
        const html = fs.readFileSync(path.join(out, `${dpia.dpia_id}.html`), "utf8");
        expect(html).toMatch(/^<!doctype html>/);
        expect(html).not.toMatch(/<(script|link)\b/);
        expect(html).toContain("<table>");
      }
    },
    IN_PROCESS,
  );
});

describe("the corpus", () => {
  const folders = ["genesys-devops-modules", "provider-examples"].flatMap((group) =>
    fs
      .readdirSync(path.join(corpus, group))
      .filter((name) => fs.statSync(path.join(corpus, group, name)).isDirectory())
      .map((name) => path.join(group, name)),
  );

  /** Folders Terraform refuses with provider 1.84.1, and what it refuses: exit 2 naming it. */
  const refused: Record<string, string> = {
    // The provider's own example sets function_config.file_content_hash and publish, which 1.84.1 lacks.
    [path.join("provider-examples", "genesyscloud_integration_action")]:
      'function_config[0].file_content_hash: an argument or block this block has; "file_content_hash" is not one',
    // Its main.tf reads var.integration_creds_username and _password; variables.tf declares username and password.
    [path.join("genesys-devops-modules", "custom-rest-integration-module")]:
      '"var.integration_creds_username" has no variable "integration_creds_username" block in this module (Terraform: Reference to undeclared input variable)',
  };

  test.each(folders)(
    "%s runs through the gate without a crash",
    async (folder) => {
      const gated = runGate(path.join(corpus, folder), { format: "json" });
      if (refused[folder]) await expect(gated).rejects.toThrow(refused[folder]);
      else expect([0, 1]).toContain((await gated).report.exitCode);
    },
    CLI,
  );

  const gate = async (folder: string, vars?: Record<string, unknown>) => {
    let varFile: string[] | undefined;
    if (vars) {
      const file = path.join(tempDir("gate-vars-"), "test.tfvars.json");
      fs.writeFileSync(file, JSON.stringify(vars));
      varFile = [file];
    }
    return (await runGate(path.join(corpus, "genesys-devops-modules", folder), { format: "json", varFile })).report
      .dpias;
  };

  test(
    "Zendesk and Dynamics modules: the external vendor is the destination and is not approved",
    async () => {
      for (const [folder, vendor] of [
        ["zendesk-data-actions-integration-module", "Zendesk, Inc."],
        ["dynamics-365-data-actions-integration-module", "Microsoft Corporation"],
      ]) {
        const [dpia] = await gate(folder!);
        expect(dpia!.data_flows[0]).toMatchObject({ vendor, destination_kind: "third_party", approved: false });
        expect(dpia!.findings.map((f) => f.rule_id)).toContain("GC-DST-1");
      }
    },
    IN_PROCESS,
  );

  test(
    "EventBridge module: the AWS account and its region are named, and the region decides the transfer",
    async () => {
      const vars = {
        aws_account_id: "123456789012",
        aws_account_region: "us-east-1",
        event_source_suffix: "cc",
        topic_filters: ["v2.detail.events.conversation.{id}.customer.end"],
      };
      const [dpia] = await gate("aws-event-bridge-module", vars);
      expect(dpia!.data_flows[0]).toMatchObject({
        destination: "AWS EventBridge partner event bus in account 123456789012 (us-east-1)",
        country: "US",
      });
      const [unresolved] = await gate("aws-event-bridge-module");
      expect(unresolved!.findings.map((f) => f.rule_id)).toContain("GC-FLW-2");
    },
    IN_PROCESS,
  );

  test(
    "Lambda data action module: the Lambda's account and region come from its ARN",
    async () => {
      const contract = JSON.stringify({ type: "object", properties: { customerId: { type: "string" } } });
      const [dpia] = await gate("data-action-lambda-module", {
        lambda_arn: "arn:aws:lambda:eu-west-2:123456789012:function:lookup",
        data_action_input: contract,
        data_action_output: contract,
        genesys_integration_id: "x",
        prefix: "p",
        environment: "dev",
        secure_data_action: true,
      });
      expect(dpia!.data_flows[0]).toMatchObject({
        destination: "AWS Lambda in account 123456789012 (eu-west-2)",
        country: "GB",
      });
    },
    IN_PROCESS,
  );

  test(
    "external-contact data action module: personal data in a non-secure action",
    async () => {
      const [dpia] = await gate("public-api-get-external-contact-details-data-action-module");
      const finding = dpia!.findings.find((f) => f.rule_id === "GC-ACT-1")!;
      expect(finding.message).toContain("secure is false");
      expect(finding.message).toContain("customer contact details");
    },
    IN_PROCESS,
  );

  test(
    "Salesforce and Lambda integration modules each get at least one finding (custom REST is refused above)",
    async () => {
      for (const folder of ["salesforce-data-actions-integration-module", "integration-lambda-module"]) {
        const dpias = await gate(folder);
        expect(dpias.flatMap((d) => d.findings).length, folder).toBeGreaterThan(0);
      }
    },
    IN_PROCESS,
  );
});

describe("the dpia CLI", () => {
  test(
    "exit codes: 1 blocked, 0 approved, 2 for what cannot be assessed",
    () => {
      expect(runDpia(["gate", path.join(corpus, "genesys-devops-modules", "aws-event-bridge-module")]).status).toBe(1);
      const approvedDir = tempDir("gate-approved-");
      fs.writeFileSync(path.join(approvedDir, "main.tf"), 'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n');
      const approved = runDpia(["gate", approvedDir]);
      expect(approved.status).toBe(0);
      expect(approved.stderr + approved.stdout).toContain("no Genesys Cloud integration or OAuth client found");
    },
    CLI,
  );

  test.each([
    ["a path that does not exist", (dir: string) => path.join(dir, "nope"), "an existing cdktf.out folder"],
    [
      "a folder with nothing recognisable",
      (dir: string) => {
        fs.writeFileSync(path.join(dir, "notes.txt"), "x");
        return dir;
      },
      "found nothing recognisable",
    ],
    [
      "invalid HCL",
      (dir: string) => {
        fs.writeFileSync(
          path.join(dir, "main.tf"),
          'resource "genesyscloud_integration" "x" {\n  integration_type = \n}\n',
        );
        return dir;
      },
      "main.tf",
    ],
    [
      "a plan JSON of another format version",
      (dir: string) => {
        fs.writeFileSync(
          path.join(dir, "plan.json"),
          JSON.stringify({ format_version: "2.0", planned_values: {}, configuration: {} }),
        );
        return path.join(dir, "plan.json");
      },
      'format_version: a Terraform plan JSON of format 1.x, got "2.0"',
    ],
    [
      "a .tf.json whose resource is not a block body",
      (dir: string) => {
        fs.writeFileSync(
          path.join(dir, "main.tf.json"),
          JSON.stringify({ resource: { genesyscloud_integration: { crm: [1, 2] } } }),
        );
        return dir;
      },
      "main.tf.json: resource.genesyscloud_integration.crm: a block body: an object, or a list of objects",
    ],
    [
      "one .tf file instead of its folder",
      (dir: string) => {
        fs.writeFileSync(path.join(dir, "main.tf"), 'provider "genesyscloud" {}\n');
        return path.join(dir, "main.tf");
      },
      "a folder, not one of its files",
    ],
    [
      "--var-file with a plan, where it would be ignored",
      (dir: string) => {
        fs.copyFileSync(path.join(fixtures, "plan.json"), path.join(dir, "plan.json"));
        fs.writeFileSync(path.join(dir, "prod.tfvars"), 'x = "y"\n');
        return [path.join(dir, "plan.json"), "--var-file", path.join(dir, "prod.tfvars")];
      },
      "--var-file: a folder of .tf files to apply to",
    ],
    [
      "a truncated file",
      (dir: string) => {
        fs.writeFileSync(path.join(dir, "plan.json"), '{ "format_version": "1.2", "planned_');
        return path.join(dir, "plan.json");
      },
      "a truncated file?",
    ],
    [
      "a --format named after a property every object has",
      (dir: string) => {
        fs.copyFileSync(path.join(fixtures, "plan.json"), path.join(dir, "plan.json"));
        return [path.join(dir, "plan.json"), "--format", "toString"];
      },
      '--format: one of text, json, sarif, junit, markdown, got "toString"',
    ],
  ])(
    "%s: a clear message and exit 2",
    (_name, make, expected) => {
      const target = make(tempDir("gate-bad-"));
      const result = runDpia(["gate", ...(Array.isArray(target) ? target : [target])]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    CLI,
  );

  test(
    "an --out folder that cannot be written: exit 2 and a message naming it, even for an approvable input",
    () => {
      const dir = tempDir("gate-out-");
      fs.writeFileSync(path.join(dir, "file"), "x");
      const approvedDir = tempDir("gate-approved-");
      fs.writeFileSync(path.join(approvedDir, "main.tf"), 'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n');
      for (const out of [path.join(dir, "file", "dpias"), "/proc/dpia-gate-test/dpias"]) {
        const result = runDpia(["gate", approvedDir, "--out", out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${out}: a folder that can be written to`);
      }
    },
    CLI,
  );

  test(
    "a policy that does not validate: exit 2",
    () => {
      const dir = tempDir("gate-policy-");
      fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ version: 1, thresholds: { block_at: "Never" } }));
      const result = runDpia(["gate", path.join(fixtures, "plan.json"), "--policy", path.join(dir, "bad.json")]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("thresholds.block_at: expected one of");
    },
    CLI,
  );

  test(
    "aspect artifacts that are missing, stale or edited block the deployment",
    async () => {
      const outdir = copyOfSynthesized();
      const dpiaDir = path.join(outdir, "stacks", "three-forms", "dpia");
      fs.mkdirSync(dpiaDir, { recursive: true });
      const fresh = (await runGate(outdir, { format: "json" })).report.dpias;
      expect((await runGate(outdir, { format: "json" })).report.artifactFindings.map((f) => f.rule_id)).toEqual([
        "GC-ART-1",
        "GC-ART-1",
      ]);
      fs.writeFileSync(
        path.join(dpiaDir, `${fresh[0]!.dpia_id}.json`),
        JSON.stringify({ ...fresh[0]!, fingerprint: `sha256:${"0".repeat(64)}` }),
      );
      fs.writeFileSync(
        path.join(dpiaDir, `${fresh[1]!.dpia_id}.json`),
        JSON.stringify({
          ...fresh[1]!,
          compliance_status: "APPROVED_FOR_DEPLOYMENT",
          risk_assessment: { ...fresh[1]!.risk_assessment, overall_risk_score: "Low" },
        }),
      );
      const { report, output } = await runGate(outdir, { format: "text" });
      expect(report.artifactFindings.map((f) => f.rule_id).sort()).toEqual(["GC-ART-2", "GC-ART-3"]);
      expect(report.exitCode).toBe(1);
      expect(output).toContain("BLOCKED GC-ART-3");
    },
    IN_PROCESS,
  );

  test(
    "dpia explain prints what, why and how to fix; unknown rules exit 2",
    () => {
      const explained = runDpia(["explain", "gc-flw-1"]);
      expect(explained.status).toBe(0);
      expect(explained.stdout).toContain("GC-FLW-1 SensitiveDataStaysInGenesys (Critical)");
      expect(explained.stdout).toContain("PCI DSS v4.0 Req. 3.3.1");
      expect(explained.stdout).toContain("Fix:");
      expect(runDpia(["explain", "GC-NOPE-9"]).status).toBe(2);
    },
    CLI,
  );

  test(
    "--help describes every command",
    () => {
      const help = runDpia(["--help"]).stdout;
      for (const command of ["gate", "explain", "keygen", "exception", "trust", "register", "verify-proof"])
        expect(help).toContain(command);
      expect(runDpia(["gate", "--help"]).stdout).toContain("--format <format>");
    },
    CLI,
  );
});

describe("cdktf.out written with hclOutput", () => {
  test(
    "is read like cdk.tf.json: same fingerprints, construct paths kept",
    async () => {
      const jsonOut = synthesized;
      const hclOut = tempDir("gate-hcl-out-");
      fs.mkdirSync(path.join(hclOut, "stacks", "three-forms"), { recursive: true });
      fs.copyFileSync(
        path.join(jsonOut, "stacks", "three-forms", "cdk.tf.json"),
        path.join(hclOut, "stacks", "three-forms", "cdk.tf"),
      );
      fs.copyFileSync(path.join(jsonOut, "manifest.json"), path.join(hclOut, "manifest.json"));
      const fromJson = (await runGate(jsonOut, { format: "json" })).report.dpias;
      const fromHcl = (await runGate(hclOut, { format: "json" })).report.dpias;
      expect(fromHcl.map((d) => d.fingerprint)).toEqual(fromJson.map((d) => d.fingerprint));
      expect(fromHcl[0]!.subject.construct_path).toBe("three-forms/crm");
    },
    IN_PROCESS,
  );
});

describe("a stack the aspect blocked at synthesis", () => {
  // A stack the aspect blocked, read by the gate: test/e2e/cdktf-synth.test.ts (it shares that synthesis).

  test(
    "an empty cdktf.out cannot be assessed: exit 2",
    () => {
      const dir = tempDir("gate-empty-out-");
      fs.writeFileSync(path.join(dir, "manifest.json"), "{}");
      const result = runDpia(["gate", dir]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("at least one synthesized stack");
    },
    CLI,
  );
});
