import * as fs from "node:fs";
import * as path from "node:path";
import { App, Aspects, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { afterEach, describe, expect, test, vi } from "vitest";
import { DpiaBlockedError, DpiaGate, type Policy } from "../../src";
import { IN_PROCESS } from "../helpers/e2e-timeouts";
import { bindingsStack, readDpias, tempDir } from "../helpers/stacks";

type Cdktf = typeof import("cdktf");

/** The allow-list under which the helper stack (bindingsStack) is approved. */
const REVIEWED: Policy = {
  version: 1,
  destinations: [
    { host: "crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["caller look-up"] },
    { oauth_client: "Exporter", vendor: "Archive Services GmbH", country: "DE", purposes: ["recording archive"] },
  ],
};

/** Card number and CVV posted by a non-secure action to a plain-http host. */
function cardOverHttp(
  cdktf: Pick<Cdktf, "TerraformStack" | "TerraformResource">,
  scope: Construct,
  id: string,
): TerraformStack {
  const stack = new cdktf.TerraformStack(scope, id);
  const provider = new cdktf.TerraformResource(stack, "psp", { terraformResourceType: "genesyscloud_integration" });
  provider.addOverride("integration_type", "custom-rest-actions");
  const action = new cdktf.TerraformResource(stack, "charge", {
    terraformResourceType: "genesyscloud_integration_action",
  });
  action.addOverride("name", "Charge");
  action.addOverride("category", "Payments");
  action.addOverride("integration_id", "${genesyscloud_integration.psp.id}");
  action.addOverride(
    "contract_input",
    JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" }, cvv: { type: "string" } } }),
  );
  action.addOverride("contract_output", JSON.stringify({ type: "object", properties: {} }));
  action.addOverride("config_request", [
    { request_type: "POST", request_url_template: "http://psp.example.com/charge" },
  ]);
  return stack;
}

function synthError(app: { synth(): void }): unknown {
  try {
    app.synth();
  } catch (error) {
    return error;
  }
  return undefined;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("DpiaGate added to the App (the habit of cdk-nag users)", () => {
  test(
    "assesses every stack of the App and blocks the one with card data over http",
    () => {
      const outdir = tempDir("app-aspect-");
      const app = new App({ outdir });
      bindingsStack(app, "contact-centre");
      cardOverHttp({ TerraformStack, TerraformResource }, app, "payments");
      Aspects.of(app).add(new DpiaGate({ quiet: true, policy: REVIEWED }));
      const error = synthError(app);
      expect(error).toBeInstanceOf(DpiaBlockedError);
      expect((error as Error).message).toContain('stack "payments"');
      expect(readDpias(outdir, "payments")[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
      expect(fs.existsSync(path.join(outdir, "stacks", "payments", "cdk.tf.json"))).toBe(false);
    },
    IN_PROCESS,
  );

  test(
    "every stack gets its DPIAs, also those added after the aspect and those inside a grouping construct",
    () => {
      const outdir = tempDir("app-aspect-all-");
      const app = new App({ outdir });
      Aspects.of(app).add(new DpiaGate({ quiet: true, policy: REVIEWED, blockAt: "Critical" }));
      bindingsStack(app, "first");
      const group = new Construct(app, "regions");
      bindingsStack(group, "second");
      expect(synthError(app)).toBeUndefined();
      expect(readDpias(outdir, "first").length).toBeGreaterThan(0);
      expect(readDpias(outdir, "second").length).toBeGreaterThan(0);
    },
    IN_PROCESS,
  );

  test(
    "a gate on a grouping construct gates the stacks beneath it, and only those",
    () => {
      const outdir = tempDir("app-aspect-group-");
      const app = new App({ outdir });
      const group = new Construct(app, "eu");
      cardOverHttp({ TerraformStack, TerraformResource }, group, "payments");
      bindingsStack(app, "elsewhere");
      Aspects.of(group).add(new DpiaGate({ quiet: true, policy: REVIEWED }));
      expect(synthError(app)).toBeInstanceOf(DpiaBlockedError);
      expect(fs.existsSync(path.join(outdir, "stacks", "elsewhere", "dpia"))).toBe(false);
    },
    IN_PROCESS,
  );

  test(
    "a stack reached twice (App and stack, or two equal gates) is assessed once",
    () => {
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      const outdir = tempDir("app-aspect-twice-");
      const app = new App({ outdir });
      const stack = bindingsStack(app, "twice");
      Aspects.of(app).add(new DpiaGate({ policy: REVIEWED, blockAt: "Critical" }));
      Aspects.of(stack).add(new DpiaGate({ policy: REVIEWED, blockAt: "Critical" }));
      const gate = new DpiaGate({ policy: REVIEWED, blockAt: "Critical" });
      Aspects.of(stack).add(gate);
      Aspects.of(app).add(gate);
      synthError(app);
      expect(log.mock.calls.filter(([line]) => String(line).startsWith('DPIA gate: stack "twice"'))).toHaveLength(1);
    },
    IN_PROCESS,
  );

  test(
    "a stricter second gate on the same stack still applies",
    () => {
      const outdir = tempDir("app-aspect-stricter-");
      const app = new App({ outdir });
      const stack = bindingsStack(app, "strict");
      Aspects.of(app).add(new DpiaGate({ quiet: true, policy: REVIEWED, blockAt: "Critical" }));
      Aspects.of(stack).add(new DpiaGate({ quiet: true, policy: REVIEWED, blockAt: "Low" }));
      expect(synthError(app)).toBeInstanceOf(DpiaBlockedError);
    },
    IN_PROCESS,
  );

  test(
    "with another copy of cdktf and with CDK Terrain (cdktn)",
    async () => {
      const copy = tempDir("cdktf-copy-app-");
      for (const pkg of ["cdktf", "constructs"])
        fs.cpSync(path.join(__dirname, "../../node_modules", pkg), path.join(copy, "node_modules", pkg), {
          recursive: true,
        });
      const { createRequire } = await import("node:module");
      const other = createRequire(path.join(copy, "index.js"))("cdktf") as Cdktf;
      const cdktn = (await import("cdktn")) as unknown as Cdktf;
      for (const [name, lib] of [
        ["copy", other],
        ["cdktn", cdktn],
      ] as const) {
        const outdir = tempDir(`app-aspect-${name}-`);
        const app = new lib.App({ outdir });
        cardOverHttp(lib, app as unknown as Construct, "payments");
        lib.Aspects.of(app).add(new DpiaGate({ quiet: true, policy: REVIEWED }));
        expect(synthError(app), name).toBeInstanceOf(DpiaBlockedError);
        expect(readDpias(outdir, "payments")[0]!.compliance_status, name).toBe("BLOCKED_FOR_DEPLOYMENT");
      }
    },
    IN_PROCESS,
  );
});

describe("the aspect and the org's region", () => {
  test(
    "a provider block without aws_region takes GENESYSCLOUD_REGION, as the provider does at deploy time",
    () => {
      const previous = process.env.GENESYSCLOUD_REGION;
      process.env.GENESYSCLOUD_REGION = "eu-central-1";
      try {
        const outdir = tempDir("app-aspect-region-");
        const app = new App({ outdir });
        cardOverHttp({ TerraformStack, TerraformResource }, app, "payments");
        Aspects.of(app).add(new DpiaGate({ quiet: true, policy: REVIEWED }));
        synthError(app);
        const [dpia] = readDpias(outdir, "payments");
        expect(dpia!.data_flows[0]!.source).toContain("eu-central-1, from GENESYSCLOUD_REGION");
      } finally {
        if (previous === undefined) delete process.env.GENESYSCLOUD_REGION;
        else process.env.GENESYSCLOUD_REGION = previous;
      }
    },
    IN_PROCESS,
  );
});
