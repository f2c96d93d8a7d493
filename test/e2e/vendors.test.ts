import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runDpia, synthAsync } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import { vendorRecord } from "../helpers/vendors";

const root = path.resolve(__dirname, "../..");
const example = path.join(root, "examples", "vendor-retention");

describe("the 365-versus-90 example (examples/vendor-retention) through the real CLI", () => {
  test("dpia gate blocks with a DATA_GOVERNANCE_MISMATCH listed in the DPIA's vendor section", () => {
    const text = runDpia(["gate", "."], { cwd: example });
    expect(text.status, text.stderr).toBe(1);
    expect(text.stdout).toContain("BLOCKED  Critical INT-marketing-platform");
    expect(text.stdout).toContain("GC-VEN-2 Critical");
    expect(text.stdout).toContain(
      "keeps the data 395 days (365 days live and 30 in backups), but it is needed for 90 days",
    );
    const out = tempDir("vendor-example-out-");
    const json = runDpia(["gate", ".", "--format", "json", "--out", out], { cwd: example });
    expect(json.status).toBe(1);
    const written = fs
      .readdirSync(out)
      .filter((file) => file.startsWith("INT-marketing-platform") && file.endsWith(".json"));
    const document = JSON.parse(fs.readFileSync(path.join(out, written[0]!), "utf8"));
    expect(document.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(document.vendor_governance.mismatches).toEqual([
      expect.objectContaining({ rule_id: "GC-VEN-2", severity: "Critical" }),
    ]);
    expect(document.vendor_governance.flows[0]).toMatchObject({
      host: "api.marketing-cloud.example.com",
      genesys_retention: { days: 90 },
      vendor_retention: { live_days: 365, backup_days: 30 },
    });
    expect(fs.readFileSync(path.join(out, written[0]!.replace(/\.json$/, ".md")), "utf8")).toContain(
      "Receiving vendors: retention, deletion, DPA",
    );
  }, 240_000);

  test("with on_mismatch set to warn, the same mismatch is a High warning and the gate approves", () => {
    const dir = tempDir("vendor-warn-");
    fs.cpSync(example, dir, { recursive: true });
    const policyFile = path.join(dir, "dpia.policy.json");
    const policy = JSON.parse(fs.readFileSync(policyFile, "utf8"));
    policy.vendors.on_mismatch = "warn";
    delete policy.$schema;
    fs.writeFileSync(policyFile, JSON.stringify(policy));
    const result = runDpia(["gate", "."], { cwd: dir });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("APPROVED High");
  }, 240_000);
});

describe("the aspect asks a vendor-risk API during real `cdktf synth`", () => {
  let server: http.Server;
  let url = "";
  let answer: "record" | "down" = "record";
  const seen: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push(request.url ?? "");
      if (answer === "down") {
        response.writeHead(503).end();
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          vendors: request.url?.includes("api.marketing.example.eu")
            ? [vendorRecord({ retention: { live: "P365D" } })]
            : [],
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function project(): string {
    const dir = tempDir("vendor-aspect-");
    const gen = path.join(root, ".gen", "providers", "genesyscloud");
    fs.writeFileSync(
      path.join(dir, "cdktf.json"),
      JSON.stringify({
        language: "typescript",
        app: `${path.join(root, "node_modules", ".bin", "tsx")} main.ts`,
        terraformProviders: [],
        terraformModules: [],
        context: {},
      }),
    );
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({
        version: 1,
        destinations: [
          {
            host: "api.marketing.example.eu",
            vendor: "Example Marketing GmbH",
            country: "DE",
            purposes: ["Campaign analytics"],
          },
        ],
        vendors: { api: { url, retries: 1, timeout_ms: 2_000 } },
      }),
    );
    fs.writeFileSync(
      path.join(dir, "main.ts"),
      `import { App, Aspects, TerraformStack } from "cdktf";
import { Integration } from ${JSON.stringify(path.join(gen, "integration"))};
import { IntegrationAction } from ${JSON.stringify(path.join(gen, "integration-action"))};
import { GenesyscloudProvider } from ${JSON.stringify(path.join(gen, "provider"))};
import { RecordingMediaRetentionPolicy } from ${JSON.stringify(path.join(gen, "recording-media-retention-policy"))};
import { DpiaGate } from ${JSON.stringify(path.join(root, "src"))};
const app = new App();
const stack = new TerraformStack(app, "marketing");
new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-central-1" });
new RecordingMediaRetentionPolicy(stack, "calls", { name: "Calls", mediaPolicies: { callPolicy: { actions: { retainRecording: true, retentionDuration: { deleteRetention: { days: 90 } } } } } });
const marketing = new Integration(stack, "marketing_platform", { integrationType: "custom-rest-actions", config: { name: "Marketing" } });
new IntegrationAction(stack, "share", {
  name: "Share recording", category: "Marketing", integrationId: marketing.id, secure: true,
  contractInput: JSON.stringify({ type: "object", additionalProperties: false, properties: { recordingUrl: { type: "string" } } }),
  contractOutput: JSON.stringify({ type: "object", properties: { accepted: { type: "boolean" } } }),
  configRequest: { requestType: "POST", requestUrlTemplate: "https://api.marketing.example.eu/v1/insights" },
});
Aspects.of(stack).add(new DpiaGate());
app.synth();
`,
    );
    return dir;
  }

  /** Asynchronous, so that this process's HTTP server can answer the synth it started. */
  function synth(dir: string) {
    return synthAsync(dir, { env: { NODE_PATH: path.join(root, "node_modules") } });
  }

  test("a vendor that keeps recordings 365 days blocks synth, named in the error", async () => {
    answer = "record";
    seen.length = 0;
    const { status, output } = await synth(project());
    expect(status, output).not.toBe(0);
    expect(output).toContain("GC-VEN-2");
    expect(output).toContain("DATA_GOVERNANCE_MISMATCH");
    expect(seen).toContain("/vendors?host=api.marketing.example.eu");
  }, 240_000);

  test("the API answering 503: synth fails naming the source, the host and the reason, never approves", async () => {
    answer = "down";
    const dir = project();
    const { status, output } = await synth(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      `vendor source vendor-risk API ${url} gave no answer for receiving host api.marketing.example.eu: answered HTTP 503 after 2 attempts`,
    );
    expect(output).not.toContain("internal error");
    expect(fs.existsSync(path.join(dir, "cdktf.out", "stacks", "marketing", "dpia"))).toBe(false);
  }, 240_000);
});
