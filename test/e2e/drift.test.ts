import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFakeGenesys, type FakeGenesys } from "../helpers/fake-genesys";
import { runDpiaAsync } from "../helpers/run-cli";
import type { TestEnv } from "../helpers/test-env";
import { tempDir } from "../helpers/stacks";
import { liveOrgListings, reportingOrgTf } from "../helpers/reporting-org";

/** Asynchronous, so that the HTTP servers of this process can answer the CLI it started. */
function dpia(args: string[], cwd: string, env: TestEnv = {}) {
  return runDpiaAsync(args, { cwd, env });
}

const POLICY = {
  version: 1,
  destinations: [
    { host: "api.crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["Caller look-up"] },
  ],
};

function mainTf(url = "https://api.crm.example.eu/customers?phone=$${input.phoneNumber}", division = "home"): string {
  return `${reportingOrgTf({ division })}
resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  intended_state   = "ENABLED"
  config {
    name = "CRM Customer Sync"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Look up customer"
  category       = "CRM Customer Sync"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input  = jsonencode({ type = "object", properties = { phoneNumber = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { firstName = { type = "string" } } })
  config_request {
    request_url_template = "${url}"
    request_type         = "GET"
  }
}
`;
}

function project(): { dir: string; register: string } {
  const dir = tempDir("drift-e2e-");
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify(POLICY));
  fs.mkdirSync(path.join(dir, "tf"));
  fs.writeFileSync(path.join(dir, "tf", "main.tf"), mainTf());
  return { dir, register: path.join(dir, "register.db") };
}

describe("dpia drift through the real CLI and a real SQLite register", () => {
  let webhook: http.Server;
  let webhookUrl = "";
  const alerts: string[] = [];
  beforeAll(async () => {
    webhook = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        alerts.push(body);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
    webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hooks/dpia`;
  });
  afterAll(async () => {
    webhook.closeAllConnections();
    await new Promise<void>((resolve) => webhook.close(() => resolve()));
  });

  test("approve, drift by hand, report and alert, re-approve: the new approval is the baseline", async () => {
    const { dir, register } = project();
    const approve = await dpia(["gate", "tf", "--register", register], dir);
    expect(approve.status, approve.stdout + approve.stderr).toBe(0);

    const clean = await dpia(["drift", "tf", "--register", register], dir);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toContain('OK       genesyscloud_integration.crm "CRM Customer Sync": as approved');

    fs.writeFileSync(
      path.join(dir, "tf", "main.tf"),
      mainTf("http://api.crm.example.eu/customers?phone=$${input.phoneNumber}", "*"),
    );
    const drifted = await dpia(["drift", "tf", "--register", register, "--alert-webhook", webhookUrl], dir);
    expect(drifted.status, drifted.stdout + drifted.stderr).toBe(1);
    expect(drifted.stdout).toContain("FAIL DRIFT    genesyscloud_integration.crm");
    expect(drifted.stdout).toContain("https_downgraded");
    expect(drifted.stdout).toContain("FAIL DRIFT    genesyscloud_oauth_client.reporting");
    expect(drifted.stdout).toContain("division_widened");
    const alert = JSON.parse(alerts.at(-1)!);
    expect(alert).toMatchObject({ kind: "dpia-drift", exit_code: 1, summary: { drifted: 2, failed: 2 } });
    expect(alerts.at(-1)).not.toContain("api.crm.example.eu/customers");

    const json = await dpia(["drift", "tf", "--register", register, "--format", "json"], dir);
    const report = JSON.parse(json.stdout);
    expect(
      report.subjects.find((subject: { subject: string }) => subject.subject === "genesyscloud_integration.crm")
        .changes[0].kinds,
    ).toEqual(expect.arrayContaining(["https_downgraded"]));

    fs.writeFileSync(path.join(dir, "tf", "main.tf"), mainTf(undefined, "*"));
    const reapproved = await dpia(["gate", "tf", "--register", register], dir);
    expect(reapproved.status, reapproved.stdout).toBe(0);
    const after = await dpia(["drift", "tf", "--register", register], dir);
    expect(after.status, after.stdout + after.stderr).toBe(0);

    const list = await dpia(["register", "verify", "--register", register], dir);
    expect(list.status, list.stdout + list.stderr).toBe(0);
  }, 240_000);

  test("a state JSON as the source, with the region from GENESYSCLOUD_REGION", async () => {
    const { dir, register } = project();
    expect((await dpia(["gate", "tf", "--register", register], dir)).status).toBe(0);
    const state = {
      format_version: "1.0",
      terraform_version: "1.9.8",
      values: {
        root_module: {
          resources: [
            {
              address: "genesyscloud_auth_role.reader",
              mode: "managed",
              type: "genesyscloud_auth_role",
              name: "reader",
              provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
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
            },
            {
              address: "genesyscloud_oauth_client.reporting",
              mode: "managed",
              type: "genesyscloud_oauth_client",
              name: "reporting",
              values: {
                id: "c-1",
                name: "Reporting",
                authorized_grant_type: "CLIENT-CREDENTIALS",
                access_token_validity_seconds: 3600,
                state: "active",
                roles: [{ role_id: "r-1", division_id: "home" }],
                scopes: [],
              },
            },
          ],
        },
      },
    };
    fs.writeFileSync(path.join(dir, "state.json"), JSON.stringify(state));
    const result = await dpia(["drift", "state.json", "--register", register], dir, {
      GENESYSCLOUD_REGION: "eu-west-1",
    });
    expect(result.stdout + result.stderr).toContain(
      'OK       genesyscloud_oauth_client.reporting "Reporting": as approved',
    );
    expect(result.stdout).toContain("GONE");
    expect(result.status).toBe(0);
  }, 240_000);

  test("the live org as the source (a local server speaking the Platform API)", async () => {
    const { dir, register } = project();
    expect((await dpia(["gate", "tf", "--register", register], dir)).status).toBe(0);
    const role = {
      id: "6f3d1c2a-0000-4000-8000-000000000001",
      name: "Reporting reader",
      permissionPolicies: [
        { domain: "analytics", entityName: "conversationAggregate", actionSet: ["view"] },
        { domain: "recording", entityName: "recording", actionSet: ["view"] },
      ],
    };
    let fake: FakeGenesys | undefined;
    try {
      fake = await startFakeGenesys({
        clientId: "reader",
        clientSecret: "s3cret",
        ...liveOrgListings(
          [role],
          [
            {
              id: "9a1b2c3d-0000-4000-8000-000000000002",
              name: "Reporting",
              authorizedGrantType: "CLIENT-CREDENTIALS",
              accessTokenValiditySeconds: 3600,
              roleDivisions: [{ roleId: role.id, divisionId: "home" }],
              state: "active",
            },
          ],
        ),
      });
      const env = {
        GENESYSCLOUD_OAUTHCLIENT_ID: "reader",
        GENESYSCLOUD_OAUTHCLIENT_SECRET: "s3cret",
        GENESYSCLOUD_REGION: "eu-west-1",
      };
      const result = await dpia(
        ["drift", "live", "--register", register, "--api-url", fake.apiBase, "--login-url", fake.loginBase],
        dir,
        env,
      );
      expect(result.status, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toContain("role_permission_added");
      expect(result.stdout).toContain("GONE");
      expect(result.stdout + result.stderr).not.toContain("s3cret");
      const refused = await dpia(
        ["drift", "live", "--register", register, "--api-url", fake.apiBase, "--login-url", fake.loginBase],
        dir,
        { ...env, GENESYSCLOUD_OAUTHCLIENT_SECRET: "wrong" },
      );
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("refused the client credentials");
    } finally {
      await fake?.close();
    }
  }, 240_000);

  test("bad input: a register with no approvals, a truncated state, a register of another org: exit 2", async () => {
    const { dir, register } = project();
    const empty = await dpia(["drift", "tf", "--register", path.join(dir, "empty.db")], dir);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("at least one approved DPIA");
    expect((await dpia(["gate", "tf", "--register", register], dir)).status).toBe(0);
    fs.writeFileSync(
      path.join(dir, "state.json"),
      '{"format_version": "1.0", "values": {"root_module": {"resources": [',
    );
    const truncated = await dpia(["drift", "state.json", "--register", register], dir, {
      GENESYSCLOUD_REGION: "eu-west-1",
    });
    expect(truncated.status).toBe(2);
    fs.mkdirSync(path.join(dir, "other"));
    fs.writeFileSync(
      path.join(dir, "other", "main.tf"),
      `provider "genesyscloud" {\n  aws_region = "us-east-1"\n}\n\nresource "genesyscloud_oauth_client" "other" {\n  name                  = "Another org's client"\n  authorized_grant_type = "CLIENT-CREDENTIALS"\n}\n`,
    );
    const other = await dpia(["drift", "other", "--register", register], dir);
    expect(other.status, other.stdout + other.stderr).toBe(2);
    expect(other.stderr).toContain("the register of this org");
    const format = await dpia(["drift", "tf", "--register", register, "--format", "toString"], dir);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format: one of text, json, markdown, got "toString"');
  }, 240_000);
});
