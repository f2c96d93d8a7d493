import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpiaAsync, type RunResult } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import { reportingOrgTf } from "../helpers/reporting-org";

// Issue 25, item 3 and the state part of item 5, through the real CLI and a real SQLite register:
// an ignore entry never hides a whole resource, never runs past the policy's maximum, and never
// hides a privacy-relevant change; a state that is not whole is exit 2, never "all gone".

const DAY = 86_400_000;
/** Expiries relative to the clock the CLI reads. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d{3}Z$/, "Z");

function mainTf(division = "home", description = "Reads reports", tokenSeconds = 3600): string {
  return reportingOrgTf({ division, description, tokenSeconds });
}

interface Ignore {
  subject: string;
  path: string;
  reason: string;
  expires?: string;
}

const REASON = "Agreed with the platform team in change ticket DPO-77";
const rolesEntry = (overrides: Partial<Ignore> = {}): Ignore => ({
  subject: "genesyscloud_oauth_client.reporting",
  path: "genesyscloud_oauth_client.reporting.roles",
  reason: REASON,
  expires: inDays(30),
  ...overrides,
});

describe("drift ignores and state input through the real CLI", () => {
  let dir = "";
  let register = "";
  const dpia = (args: string[]) => runDpiaAsync(args, { cwd: dir, env: { GENESYSCLOUD_REGION: "eu-west-1" } });
  /** drift of a folder (`tf` unless given) with a policy holding these drift settings. */
  const driftWith = (drift: Record<string, unknown>, extra: string[] = [], source = "tf") => {
    const policy = path.join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(policy, JSON.stringify({ version: 1, drift }));
    return dpia(["drift", source, "--register", register, "--policy", policy, ...extra]);
  };
  const expectCouldNotAssess = (result: RunResult, ...named: string[]) => {
    expect(result.status, result.output).toBe(2);
    expect(result.stderr).not.toContain("internal error");
    for (const text of named) expect(result.stderr).toContain(text);
  };

  beforeAll(async () => {
    dir = tempDir("drift-faults-");
    register = path.join(dir, "register.db");
    fs.mkdirSync(path.join(dir, "tf"));
    fs.writeFileSync(path.join(dir, "tf", "main.tf"), mainTf());
    const approved = await dpia(["gate", "tf", "--register", register]);
    expect(approved.status, approved.output).toBe(0);
    // Then a role is granted in every division by hand; elsewhere only the token lifetime changes.
    fs.writeFileSync(path.join(dir, "tf", "main.tf"), mainTf("*", "Reads reports for all teams"));
    fs.mkdirSync(path.join(dir, "tf-token"));
    fs.writeFileSync(path.join(dir, "tf-token", "main.tf"), mainTf("home", "Reads reports", 7200));
  }, CLI);

  test(
    "an entry naming the whole resource, expiring in 2099, is refused (exit 2 naming it)",
    async () => {
      const result = await driftWith({
        ignore: [rolesEntry({ path: "genesyscloud_oauth_client.reporting", expires: "2099-01-01T00:00:00Z" })],
      });
      expectCouldNotAssess(result, "drift.ignore[0]", "names a whole resource", "past the policy's maximum of 90 days");
    },
    CLI,
  );

  test(
    "an entry on an attribute expiring in 2099 is refused; so is one with no expiry",
    async () => {
      const late = await driftWith({ ignore: [rolesEntry({ expires: "2099-01-01T00:00:00Z" })] });
      expectCouldNotAssess(late, "drift.ignore[0]", "past the policy's maximum of 90 days");
      const { expires: _none, ...noExpiry } = rolesEntry();
      const missing = await driftWith({ ignore: [rolesEntry(), noExpiry] });
      expectCouldNotAssess(missing, "drift.ignore[1]", "expires");
    },
    CLI,
  );

  test(
    "a wildcard over a resource's attributes is refused; a maximum over a year is refused",
    async () => {
      const wildcard = await driftWith({
        ignore: [rolesEntry({ path: "genesyscloud_auth_role.reader.description" }), rolesEntry({ path: "*" })],
      });
      expectCouldNotAssess(wildcard, "drift.ignore[1]", "wildcard");
      const yearAndMore = await driftWith({ max_ignore_days: 400, ignore: [] });
      expectCouldNotAssess(yearAndMore, "drift.max_ignore_days");
    },
    CLI,
  );

  test(
    "an entry on the attribute where the division was widened is refused, and drift reports the widening",
    async () => {
      for (const entryPath of [
        "genesyscloud_oauth_client.reporting.roles",
        "genesyscloud_oauth_client.reporting.roles[0].division_id",
      ]) {
        const result = await driftWith({ ignore: [rolesEntry({ path: entryPath })] });
        expectCouldNotAssess(result, "drift.ignore[0]", "division_widened", "genesyscloud_oauth_client.reporting");
        expect(result.stdout).toContain("FAIL DRIFT    genesyscloud_oauth_client.reporting");
        expect(result.stdout).toMatch(/^ {4}division_widened {2}genesyscloud_oauth_client\.reporting: roles changed/m);
        expect(result.stdout).toContain("ignore REFUSED: drift.ignore[0]");
      }
      const json = await driftWith({ ignore: [rolesEntry()] }, ["--format", "json"]);
      expect(json.status).toBe(2);
      const report = JSON.parse(json.stdout) as {
        exit_code: number;
        ignores_used: unknown[];
        ignores_refused: Array<{ entry: string; change: { kinds: string[] } }>;
        subjects: Array<{ subject: string; failed: boolean; changes: Array<{ kinds: string[]; ignored?: unknown }> }>;
      };
      expect(report.exit_code).toBe(2);
      expect(report.ignores_used).toEqual([]);
      expect(report.ignores_refused).toEqual([
        expect.objectContaining({
          entry: "drift.ignore[0]",
          change: expect.objectContaining({ kinds: ["division_widened"] }),
        }),
      ]);
      const client = report.subjects.find((subject) => subject.subject === "genesyscloud_oauth_client.reporting")!;
      expect(client.failed).toBe(true);
      expect(client.changes.find((change) => change.kinds.includes("division_widened"))!.ignored).toBeUndefined();
    },
    CLI,
  );

  test(
    "with no ignore entry the widening blocks (exit 1)",
    async () => {
      const plain = await driftWith({});
      expect(plain.status, plain.output).toBe(1);
      expect(plain.stdout).toContain("division_widened");
    },
    CLI,
  );

  test(
    "an entry on an attribute whose change may be ignored is used, and listed with what it hid",
    async () => {
      const token = rolesEntry({ path: "genesyscloud_oauth_client.reporting.access_token_validity_seconds" });
      const text = await driftWith({ ignore: [token] }, [], "tf-token");
      expect(text.status, text.output).toBe(0);
      expect(text.stdout).toContain(
        `ignore used: drift.ignore[0] genesyscloud_oauth_client.reporting genesyscloud_oauth_client.reporting.access_token_validity_seconds until ${token.expires}: ${REASON}; it hid configuration_changed at genesyscloud_oauth_client.reporting.access_token_validity_seconds`,
      );
      const json = await driftWith({ ignore: [token] }, ["--format", "json"], "tf-token");
      expect(JSON.parse(json.stdout).ignores_used).toEqual([
        expect.objectContaining({
          entry: "drift.ignore[0]",
          expires: token.expires,
          hid: [
            expect.objectContaining({ kinds: ["configuration_changed"], paths: ["access_token_validity_seconds"] }),
          ],
        }),
      ]);
      const markdown = await driftWith({ ignore: [token] }, ["--format", "markdown"], "tf-token");
      expect(markdown.stdout).toContain("| drift.ignore[0] used |");

      const verify = await dpia(["register", "verify", "--register", register]);
      expect(verify.status, verify.output).toBe(0);
      expect(verify.stdout).toContain("INTACT");
    },
    CLI,
  );

  const GENESYS = 'provider["registry.terraform.io/mypurecloud/genesyscloud"]';
  /** The approved deployment as Terraform's state file (format version 4) records it. */
  const stateFile = (division: string) => ({
    version: 4,
    terraform_version: "1.11.4",
    serial: 7,
    lineage: "3f1c2b9e-0000-4000-8000-000000000001",
    outputs: {},
    resources: [
      {
        mode: "managed",
        type: "genesyscloud_auth_role",
        name: "reader",
        provider: GENESYS,
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: "r-1",
              name: "Reporting reader",
              description: "Reads reports",
              permissions: [],
              default_role_id: null,
              permission_policies: [
                { domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"], conditions: [] },
              ],
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "genesyscloud_oauth_client",
        name: "reporting",
        provider: GENESYS,
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: "c-1",
              name: "Reporting",
              authorized_grant_type: "CLIENT-CREDENTIALS",
              access_token_validity_seconds: 3600,
              state: "active",
              roles: [{ role_id: "r-1", division_id: division }],
              scopes: [],
            },
            sensitive_attributes: [],
            dependencies: ["genesyscloud_auth_role.reader"],
          },
        ],
      },
    ],
    check_results: null,
  });
  const driftOfState = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content);
    return dpia(["drift", name, "--register", register]);
  };

  test(
    "a state file (format version 4) is read: as approved is exit 0, a widened division exit 1",
    async () => {
      const same = await driftOfState("terraform.tfstate", JSON.stringify(stateFile("home"), null, 2));
      expect(same.status, same.output).toBe(0);
      expect(same.stdout).toContain('OK       genesyscloud_oauth_client.reporting "Reporting": as approved');
      const widened = await driftOfState("widened.tfstate", JSON.stringify(stateFile("*")));
      expect(widened.status, widened.output).toBe(1);
      expect(widened.stdout).toContain("division_widened");
    },
    CLI,
  );

  test(
    "a misspelt or missing resources key, an unknown key: exit 2 naming the file and the JSON path",
    async () => {
      const { resources, ...rest } = stateFile("*");
      const missing = await driftOfState("missing.tfstate", JSON.stringify(rest));
      expectCouldNotAssess(missing, 'missing.tfstate: missing required property "resources"');
      const misspelt = await driftOfState("misspelt.tfstate", JSON.stringify({ ...rest, resourcse: resources }));
      expectCouldNotAssess(misspelt, 'misspelt.tfstate: unknown property "resourcse"');
      const show = {
        format_version: "1.0",
        terraform_version: "1.11.4",
        values: { root_module: { resourcse: [] } },
      };
      const shown = await driftOfState("state.json", JSON.stringify(show));
      expectCouldNotAssess(shown, 'state.json: values.root_module: unknown property "resourcse"');
      const unknown = await driftOfState("unknown.tfstate", JSON.stringify({ ...stateFile("*"), approved: true }));
      expectCouldNotAssess(unknown, 'unknown.tfstate: unknown property "approved"');
    },
    CLI,
  );

  test(
    "nothing deployed (a state, an empty configuration), 50,000 deep, truncated: exit 2, never all gone",
    async () => {
      const empty = await driftOfState("empty.json", '{"format_version":"1.0"}');
      expectCouldNotAssess(empty, "empty.json: what is deployed: this holds no genesyscloud resource");
      const config = await driftOfState("empty.tf.json", '{"terraform":{}}');
      expectCouldNotAssess(config, "empty.tf.json: what is deployed: this holds no genesyscloud resource");
      const text = JSON.stringify(stateFile("home"));
      const deep = text.replace('"scopes":[]', `"scopes":${"[".repeat(50_000)}${"]".repeat(50_000)}`);
      const nested = await driftOfState("deep.tfstate", deep);
      expectCouldNotAssess(nested, "deep.tfstate: resources[1].instances[0].attributes.scopes", "nested at most 256");
      const truncated = await driftOfState("truncated.tfstate", text.slice(0, 300));
      expectCouldNotAssess(truncated, "truncated.tfstate: line 1, column 301");
      const verify = await dpia(["register", "verify", "--register", register]);
      expect(verify.status, verify.output).toBe(0);
    },
    CLI,
  );
});
