import * as fs from "node:fs";
import * as path from "node:path";
import {
  Aspects,
  TerraformHclModule,
  TerraformIterator,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
} from "cdktf";
import { describe, expect, test } from "vitest";
import { addDpiaSample, DpiaBlockedError, DpiaGate, InputError, type Policy } from "../../src";
import { IN_PROCESS } from "../helpers/e2e-timeouts";
import { addCardPayment, bindingsStack, newApp, plainStack, readDpias, tempDir } from "../helpers/stacks";
import { AuthRole } from "../../.gen/providers/genesyscloud/auth-role";
import { OauthClient } from "../../.gen/providers/genesyscloud/oauth-client";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";

const withoutTimestamp = (dpias: object[]) => dpias.map((dpia) => ({ ...dpia, timestamp: "" }));

/** The allow-list the helper stacks' recipients are reviewed under. */
const REVIEWED: Policy = {
  version: 1,
  destinations: [
    { host: "crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["caller look-up"] },
    { oauth_client: "Exporter", vendor: "Archive Services GmbH", country: "DE", purposes: ["recording archive"] },
  ],
};

function synthesize(
  build: (app: ReturnType<typeof newApp>) => TerraformStack,
  options: { skipValidation?: boolean; gate?: DpiaGate } = {},
) {
  const outdir = tempDir("dpia-gate-");
  const app = newApp(outdir, options.skipValidation);
  const stack = build(app);
  Aspects.of(stack).add(options.gate ?? new DpiaGate({ quiet: true, policy: REVIEWED }));
  let error: unknown;
  try {
    app.synth();
  } catch (caught) {
    error = caught;
  }
  return { outdir, stack, error };
}

function cardStack(app: ReturnType<typeof newApp>): TerraformStack {
  const stack = new TerraformStack(app, "payments");
  new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-central-1" });
  addCardPayment(stack, "charge", "https://psp.example.com/charge");
  return stack;
}

describe("DpiaGate aspect", () => {
  test("the same stack with generated bindings and with plain TerraformResource + overrides gives identical DPIAs", () => {
    const withBindings = synthesize((app) => bindingsStack(app, "contact-centre"));
    const withOverrides = synthesize((app) => plainStack(app, "contact-centre"));
    expect(withBindings.error).toBeUndefined();
    expect(withOverrides.error).toBeUndefined();
    const a = readDpias(withBindings.outdir, "contact-centre");
    const b = readDpias(withOverrides.outdir, "contact-centre");
    expect(a).toHaveLength(2);
    expect(JSON.stringify(withoutTimestamp(b))).toBe(JSON.stringify(withoutTimestamp(a)));
  });

  test("follows references: the OAuth client's DPIA is assessed from its role, the action's from its integration", () => {
    const { outdir } = synthesize((app) => bindingsStack(app, "refs"));
    const [integration, client] = readDpias(outdir, "refs").sort((x, y) => x.dpia_id.localeCompare(y.dpia_id));
    expect(integration!.resources.map((r) => r.address)).toEqual([
      "genesyscloud_integration.crm",
      "genesyscloud_integration_action.lookup",
    ]);
    expect(client!.resources.map((r) => r.address)).toContain("genesyscloud_auth_role.recordings");
    expect(client!.subject.construct_path).toBe("refs/exporter");
    expect(client!.risk_assessment.overall_risk_score).toBe("High");
  });

  test("a High DPIA adds a warning annotation on the construct", () => {
    const { stack } = synthesize((app) => bindingsStack(app, "warn"));
    const exporter = stack.node.findChild("exporter");
    const warnings = exporter.node.metadata
      .filter((entry) => entry.type === "@cdktf/warn")
      .map((entry) => String(entry.data));
    expect(warnings.some((message) => message.includes("High risk"))).toBe(true);
  });

  test("a blocked stack throws DpiaBlockedError carrying the DPIAs, and writes no cdk.tf.json", () => {
    const { outdir, error } = synthesize(cardStack);
    expect(error).toBeInstanceOf(DpiaBlockedError);
    const blocked = (error as DpiaBlockedError).blocked;
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(blocked[0]!.file).toBe(path.join(outdir, "stacks", "payments", "dpia", `${blocked[0]!.dpia.dpia_id}.json`));
    expect((error as Error).message).toContain('"Card payments"');
    expect(fs.existsSync(path.join(outdir, "stacks", "payments", "cdk.tf.json"))).toBe(false);
    expect(fs.existsSync(blocked[0]!.file)).toBe(true);
  });

  test("a blocked stack leaves no earlier cdk.tf.json behind, also when its DPIAs cannot be written", () => {
    const outdir = tempDir("dpia-gate-earlier-");
    const approved = newApp(outdir);
    const empty = new TerraformStack(approved, "payments");
    new GenesyscloudProvider(empty, "genesyscloud", { awsRegion: "eu-central-1" });
    Aspects.of(empty).add(new DpiaGate({ quiet: true, policy: REVIEWED }));
    approved.synth();
    const configuration = path.join(outdir, "stacks", "payments", "cdk.tf.json");
    expect(fs.existsSync(configuration)).toBe(true);
    // The DPIA folder replaced by a link: the gate refuses to write through it.
    const dpiaFolder = path.join(outdir, "stacks", "payments", "dpia");
    fs.rmSync(dpiaFolder, { recursive: true, force: true });
    fs.symlinkSync(tempDir("dpia-gate-elsewhere-"), dpiaFolder);
    const app = newApp(outdir);
    Aspects.of(cardStack(app)).add(new DpiaGate({ quiet: true, policy: REVIEWED }));
    expect(() => app.synth()).toThrow(InputError);
    expect(fs.existsSync(configuration)).toBe(false);
  });

  test("role grants made with TerraformIterator.dynamic are assessed, from a literal list and from a variable", () => {
    const { outdir } = synthesize((app) => {
      const stack = new TerraformStack(app, "dynamic");
      new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
      const role = new AuthRole(stack, "recordings", {
        name: "Recordings",
        permissionPolicies: [{ domain: "recording", entityName: "recording", actionSet: ["view"] }],
      });
      const literal = TerraformIterator.fromList(["*"]);
      new OauthClient(stack, "literal", {
        name: "Literal",
        authorizedGrantType: "CLIENT-CREDENTIALS",
        roles: literal.dynamic({ role_id: role.id, division_id: literal.value }),
      });
      const divisions = TerraformIterator.fromList(
        new TerraformVariable(stack, "divisions", { type: "list(string)" }).listValue,
      );
      new OauthClient(stack, "variable", {
        name: "Variable",
        authorizedGrantType: "CLIENT-CREDENTIALS",
        roles: divisions.dynamic({ role_id: role.id, division_id: divisions.value }),
      });
      return stack;
    });
    const findings = (name: string) =>
      readDpias(outdir, "dynamic")
        .find((dpia) => dpia.integration_name === name)!
        .findings.map((finding) => `${finding.rule_id} ${finding.message}`);
    expect(findings("Literal")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GC-OAC-2 .*recording:recording:view/),
        expect.stringMatching(/^GC-OAC-3 .*all divisions/),
      ]),
    );
    expect(findings("Variable")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^GC-OAC-2 /), expect.stringMatching(/^GC-OAC-3 .*not resolved/)]),
    );
  });

  test("a Terraform module in the stack that is not installed cannot be assessed: a synthesis error naming it (stack-modules.test.ts)", () => {
    const { error } = synthesize((app) => {
      const stack = new TerraformStack(app, "modules");
      new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
      new TerraformHclModule(stack, "event_bridge", {
        source: "GenesysCloudDevOps/aws-event-bridge-module/genesyscloud",
        variables: { aws_account_id: "123456789012" },
      });
      return stack;
    });
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(
      'module "event_bridge": a module from GenesysCloudDevOps/aws-event-bridge-module/genesyscloud that is not downloaded',
    );
  });

  test("skipValidation does not let a blocked stack synthesize", () => {
    expect(synthesize(cardStack, { skipValidation: true }).error).toBeInstanceOf(DpiaBlockedError);
  });

  test("a policy given in code is applied and named in the DPIA", () => {
    const { error, outdir } = synthesize(cardStack, {
      gate: new DpiaGate({ quiet: true, policy: { version: 1, thresholds: { block_at: "Critical" } } }),
    });
    expect(error).toBeInstanceOf(DpiaBlockedError);
    expect(readDpias(outdir, "payments")[0]!.decision.policy).toBe("policy given to DpiaGate");
    expect(readDpias(outdir, "payments")[0]!.decision.block_at).toBe("Critical");
  });

  test("a malformed policy file stops synthesis with the file, the JSON path and what was expected", () => {
    const dir = tempDir("dpia-policy-");
    const file = path.join(dir, "policy.json");
    fs.writeFileSync(file, JSON.stringify({ version: 1, thresholds: { block_at: "Sometimes" } }));
    const { error } = synthesize((app) => bindingsStack(app, "bad-policy"), {
      gate: new DpiaGate({ quiet: true, policyFile: file }),
    });
    expect((error as Error).message).toBe(
      `${file}: thresholds.block_at: expected one of "Low", "Medium", "High", "Critical"`,
    );
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });

  test(
    "works with another copy of cdktf and constructs (no instanceof across copies)",
    async () => {
      const copy = tempDir("cdktf-copy-");
      for (const pkg of ["cdktf", "constructs"]) {
        fs.cpSync(path.join(__dirname, "../../node_modules", pkg), path.join(copy, "node_modules", pkg), {
          recursive: true,
        });
      }
      const { createRequire } = await import("node:module");
      const other = createRequire(path.join(copy, "index.js"))("cdktf") as typeof import("cdktf");
      const outdir = tempDir("dpia-gate-copy-");
      const app = new other.App({ outdir });
      const stack = new other.TerraformStack(app, "copy");
      const provider = new other.TerraformResource(stack, "dummy", {
        terraformResourceType: "genesyscloud_integration",
      });
      provider.addOverride("integration_type", "custom-rest-actions");
      // Card numbers posted by its action: Critical (GC-FLW-1), so synthesis must stop.
      const action = new other.TerraformResource(stack, "pay", {
        terraformResourceType: "genesyscloud_integration_action",
      });
      action.addOverride("name", "Pay");
      action.addOverride("category", "Pay");
      action.addOverride("integration_id", "${genesyscloud_integration.dummy.id}");
      action.addOverride(
        "contract_input",
        JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
      );
      action.addOverride("contract_output", JSON.stringify({ type: "object", properties: {} }));
      action.addOverride("config_request", {
        request_type: "POST",
        request_url_template: "https://psp.example.com/pay",
      });
      other.Aspects.of(stack).add(new DpiaGate({ quiet: true }));
      expect(() => app.synth()).toThrow(DpiaBlockedError);
      const dpias = readDpias(outdir, "copy");
      const dpia = dpias.find((candidate) => candidate.subject.address === "genesyscloud_integration.dummy");
      expect(dpia!.blocking_findings!.map((finding) => finding.rule_id)).toContain("GC-FLW-1");
      // The unknown region is the provider's finding, in the provider configuration's DPIA.
      expect(dpias.flatMap((candidate) => candidate.findings).map((finding) => finding.rule_id)).toContain("GC-PRV-2");
    },
    IN_PROCESS,
  ); // copies and loads another cdktf

  test(
    "works with CDK Terrain (cdktn), the community fork",
    async () => {
      const cdktn = (await import("cdktn")) as unknown as typeof import("cdktf");
      const outdir = tempDir("dpia-gate-cdktn-");
      const app = new cdktn.App({ outdir });
      const stack = new cdktn.TerraformStack(app, "terrain");
      const integration = new cdktn.TerraformResource(stack, "eventbridge", {
        terraformResourceType: "genesyscloud_integration",
      });
      integration.addOverride("integration_type", "amazon-eventbridge-source");
      integration.addOverride("config", [
        {
          name: "Events",
          properties: JSON.stringify({
            awsAccountId: "123456789012",
            awsAccountRegion: "cn-north-1",
            eventFilter: ["v2.detail.events.conversation.{id}.customer.end"],
          }),
        },
      ]);
      cdktn.Aspects.of(stack).add(new DpiaGate({ quiet: true }));
      // A real-time conversation stream to an AWS account in China, which AWS's own terms do not cover: blocked.
      expect(() => app.synth()).toThrow(DpiaBlockedError);
      const [dpia] = readDpias(outdir, "terrain");
      expect(dpia!.data_flows[0]!.destination).toBe(
        "AWS EventBridge partner event bus in account 123456789012 (cn-north-1)",
      );
      expect(dpia!.data_flows[0]!.frequency).toBe("Real-time");
    },
    IN_PROCESS,
  ); // copies and loads another cdktf

  test("a sample attached next to the construct in CDKTF code is scanned", () => {
    const { error, outdir } = synthesize((app) => {
      const stack = bindingsStack(app, "sampled");
      addDpiaSample(stack.node.findChild("lookup"), {
        name: "CRM response",
        content: { firstName: "Jane", notes: "card 4111 1111 1111 1111" },
      });
      return stack;
    });
    expect(error).toBeInstanceOf(DpiaBlockedError);
    const crm = readDpias(outdir, "sampled").find((dpia) => dpia.subject.address === "genesyscloud_integration.crm")!;
    expect(JSON.stringify(crm.data_elements)).toContain(
      'sample cdktf:sampled/lookup \\"CRM response\\" $.notes: 4111 **** **** 1111',
    );
  });

  test("binary data in a resource of a type the catalog does not know stops synthesis, as dpia gate refuses it", () => {
    const { error } = synthesize((app) => {
      const stack = new TerraformStack(app, "unknown-type");
      new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-central-1" });
      const resource = new TerraformResource(stack, "future", { terraformResourceType: "genesyscloud_future_export" });
      resource.addOverride("target_url", "https://collector.example.net/\u0000\u0001");
      return stack;
    });
    expect(error).toBeInstanceOf(InputError);
    expect(String(error)).toContain(
      "genesyscloud_future_export.future.target_url: text (the value holds binary data, so the unknown type genesyscloud_future_export cannot be assessed)",
    );
  });
});
