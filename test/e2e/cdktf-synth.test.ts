import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { SYNTH } from "../helpers/e2e-timeouts";
import { runDpia, synth } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");

function dpiaFiles(outdir: string, stack: string, ext: string): string[] {
  const dir = path.join(outdir, "stacks", stack, "dpia");
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(ext))
    .map((file) => path.join(dir, file));
}

describe("real `cdktf synth` through the CLI", () => {
  test(
    "main.ts synthesizes, prints one line per DPIA, writes JSON and Markdown that validate against the schema",
    () => {
      const outdir = tempDir("synth-main-");
      const { status, output } = synth(root, { args: ["--output", outdir] });
      expect(status, output).toBe(0);
      expect(fs.existsSync(path.join(outdir, "stacks", "contact-centre", "cdk.tf.json"))).toBe(true);
      const jsonFiles = dpiaFiles(outdir, "contact-centre", ".json");
      expect(jsonFiles).toHaveLength(4);
      expect(dpiaFiles(outdir, "contact-centre", ".md")).toHaveLength(4);
      const ajv = new Ajv2020({ allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, "schemas", "dpia.schema.json"), "utf8")));
      for (const file of jsonFiles) {
        const dpia = JSON.parse(fs.readFileSync(file, "utf8"));
        expect(validate(dpia), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
        expect(output).toContain(`APPROVED ${dpia.risk_assessment.overall_risk_score.padEnd(8)} ${dpia.dpia_id}`);
      }
      const crm = JSON.parse(
        fs.readFileSync(
          jsonFiles.find((file) => file.includes("INT-crm-customer-sync"))!,
          "utf8",
        ),
      );
      expect(crm.data_flows[0]).toMatchObject({
        destination_host: "api.crm.example.eu",
        vendor: "Example CRM GmbH",
        country: "DE",
        transfer_mechanism: "not a transfer",
        approved: true,
      });
    },
    SYNTH,
  );

  const environments: Array<Record<string, string>> = [{}, { CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "1" }];
  for (const env of environments) {
    test(
      `the blocked example exits non-zero and names the integration and its DPIA ${Object.keys(env).length ? "(with CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS=1)" : ""}`,
      () => {
        const outdir = tempDir("synth-blocked-");
        const { status, output } = synth(path.join(root, "examples", "blocked"), { args: ["--output", outdir], env });
        expect(status).not.toBe(0);
        const [file] = dpiaFiles(outdir, "card-payments", ".json");
        const dpia = JSON.parse(fs.readFileSync(file!, "utf8"));
        expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
        expect(dpia.data_flows[0]).toMatchObject({
          destination_host: "api.payments.example-psp.com",
          vendor: "Example PSP Inc.",
          country: "US",
          transfer_mechanism: "none",
        });
        expect(dpia.transfers[0]).toMatchObject({
          status: "missing",
          regime: "EU",
          source_country: "DE",
          destination_country: "US",
        });
        expect(output).toContain(
          '"Agent-assisted card payments" (genesyscloud_integration.card_payments): Critical risk',
        );
        expect(output).toContain(`DPIA: ${path.relative(path.join(root, "examples", "blocked"), file!)}`);
        expect(fs.existsSync(path.join(outdir, "stacks", "card-payments", "cdk.tf.json"))).toBe(false);
        if (Object.keys(env).length > 0) return;
        // The pipeline gate on that cdktf.out: no cdk.tf.json, so the aspect's blocked DPIA decides (exit 1), never "nothing found".
        const gated = runDpia(["gate", outdir], { cwd: path.join(root, "examples", "blocked") });
        expect(gated.status, gated.stderr).toBe(1);
        expect(gated.stdout).toContain('BLOCKED "Agent-assisted card payments"');
        expect(gated.stdout).toContain("blocked at synthesis");
      },
      SYNTH + 120_000,
    );
  }

  test(
    "an aspect added to the App (Aspects.of(app)) gates every stack: a stack with card data over http blocks synthesis",
    () => {
      const project = tempDir("synth-app-aspect-");
      const cdktfModule = JSON.stringify(path.join(root, "node_modules", "cdktf"));
      fs.writeFileSync(
        path.join(project, "app.ts"),
        `import { App, Aspects, TerraformResource, TerraformStack } from ${cdktfModule};
import { DpiaGate } from ${JSON.stringify(path.join(root, "src"))};

const app = new App();
Aspects.of(app).add(new DpiaGate());

const directory = new TerraformStack(app, "directory");
new TerraformResource(directory, "note", { terraformResourceType: "genesyscloud_routing_wrapupcode" }).addOverride("name", "Resolved");

const payments = new TerraformStack(app, "payments");
new TerraformResource(payments, "psp", { terraformResourceType: "genesyscloud_integration" }).addOverride("integration_type", "custom-rest-actions");
const charge = new TerraformResource(payments, "charge", { terraformResourceType: "genesyscloud_integration_action" });
charge.addOverride("name", "Charge");
charge.addOverride("category", "Payments");
charge.addOverride("integration_id", "\${genesyscloud_integration.psp.id}");
charge.addOverride("contract_input", JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" }, cvv: { type: "string" } } }));
charge.addOverride("contract_output", "{}");
charge.addOverride("config_request", [{ request_type: "POST", request_url_template: "http://psp.example.com/charge" }]);
app.synth();
`,
      );
      fs.writeFileSync(
        path.join(project, "cdktf.json"),
        JSON.stringify({
          language: "typescript",
          app: `${path.join(root, "node_modules", ".bin", "tsx")} app.ts`,
          sendCrashReports: "false",
        }),
      );
      const { status, output } = synth(project, { args: ["--output", path.join(project, "cdktf.out")] });
      expect(status, output).not.toBe(0);
      // The provider's findings have a DPIA of their own (GC-PRV-*), approved: 1 of 2.
      expect(output).toContain('Deployment blocked by the DPIA gate: 1 of 2 DPIAs in stack "payments"');
      const [file] = dpiaFiles(path.join(project, "cdktf.out"), "payments", ".json");
      expect(JSON.parse(fs.readFileSync(file!, "utf8")).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
      expect(fs.existsSync(path.join(project, "cdktf.out", "stacks", "payments", "cdk.tf.json"))).toBe(false);
    },
    SYNTH,
  );

  test(
    "a malformed dpia.policy.json in the working folder stops synthesis with file, path and expectation",
    () => {
      const project = tempDir("synth-policy-");
      fs.writeFileSync(
        path.join(project, "cdktf.json"),
        JSON.stringify({
          language: "typescript",
          app: `${path.join(root, "node_modules", ".bin", "tsx")} ${path.join(root, "main.ts")}`,
          sendCrashReports: "false",
        }),
      );
      fs.writeFileSync(
        path.join(project, "dpia.policy.json"),
        JSON.stringify({ version: 1, thresholds: { warn_at: 3 } }),
      );
      const { status, output } = synth(project, { args: ["--output", path.join(project, "cdktf.out")] });
      expect(status).not.toBe(0);
      expect(output).toContain("dpia.policy.json: thresholds.warn_at: expected one of");
      expect(output).not.toMatch(/\n\s+at .*\.ts:\d+/);
    },
    SYNTH,
  );
});
