import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { loadPolicy, parsePolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";
import { dpiaFor, oauthClient, terraformJson } from "../helpers/assess-config";

function problemsOf(text: string): string {
  try {
    parsePolicy(text, "dpia.policy.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected the policy to be rejected");
}

describe("policy file", () => {
  test("a wrong threshold names the file, the JSON path and the allowed values", () => {
    expect(problemsOf('{ "version": 1, "thresholds": { "block_at": "Severe" } }')).toBe(
      'dpia.policy.json: thresholds.block_at: expected one of "Low", "Medium", "High", "Critical"',
    );
  });

  test("a bad data element names its index", () => {
    const message = problemsOf(JSON.stringify({ version: 1, data_elements: [{ id: "Loyalty Tier" }] }));
    expect(message).toContain("dpia.policy.json: data_elements[0].id: expected a value matching");
    expect(message).toContain('data_elements[0]: missing required property "risk_level"');
  });

  test("an unknown property is named", () => {
    expect(problemsOf('{ "version": 1, "treshold": {} }')).toContain('unknown property "treshold"');
  });

  test("invalid JSON says so, with the line and column", () => {
    expect(problemsOf('{ "version": 1, ')).toBe(
      "dpia.policy.json: line 1, column 17: a policy in valid JSON (the text ends inside an object; a truncated file?)",
    );
    expect(problemsOf('{\n  "version": 1,\n  "thresholds": { "block_at" "High" }\n}')).toBe(
      "dpia.policy.json: line 3, column 30: a policy in valid JSON (expected ':' after a property name)",
    );
  });

  test("the stack trace is not part of the message", () => {
    try {
      parsePolicy("[]", "p.json");
    } catch (error) {
      expect((error as Error).stack).toBe(`InputError: ${(error as Error).message}`);
    }
  });

  test("dpia.policy.json in the working folder is used when present; a named missing file is an error", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-policy-"));
    expect(loadPolicy({ cwd: dir }).thresholds.block_at).toBe("Critical");
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({ version: 1, thresholds: { block_at: "High" } }),
    );
    const loaded = loadPolicy({ cwd: dir });
    expect(loaded.thresholds.block_at).toBe("High");
    expect(loaded.source).toBe("dpia.policy.json");
    expect(() => loadPolicy({ cwd: dir, file: "missing.json" })).toThrow(/missing\.json: an existing policy file/);
  });

  test("a policy can teach the catalog a scope and override a data element", () => {
    const config = terraformJson(oauthClient({ scopes: ["loyalty:readonly"] }));
    expect(dpiaFor(config, "genesyscloud_oauth_client.app").unresolved).toHaveLength(1);
    const policy = {
      version: 1 as const,
      scopes: [
        {
          scopes: ["loyalty:readonly"],
          reach: "customer" as const,
          data_elements: ["contact_pii"],
          unlocks: "loyalty accounts",
        },
      ],
    };
    const taught = dpiaFor(config, "genesyscloud_oauth_client.app", policy);
    expect(taught.unresolved).toEqual([]);
    expect(taught.data_elements.map((element) => element.id)).toEqual(["contact_pii"]);
  });

  test("a policy that names an unknown data element is rejected", () => {
    const policy = {
      version: 1 as const,
      scopes: [{ scopes: ["x"], reach: "none" as const, data_elements: ["no_such_element"], unlocks: "" }],
    };
    expect(() =>
      dpiaFor(terraformJson(oauthClient({ scopes: ["x"] })), "genesyscloud_oauth_client.app", policy),
    ).toThrow(/no_such_element/);
  });
});

describe("the example app's dpia.policy.json", () => {
  test("validates and teaches the catalog its integration type", () => {
    const file = path.join(__dirname, "../../dpia.policy.json");
    const policy = parsePolicy(fs.readFileSync(file, "utf8"), file);
    const config = terraformJson({
      genesyscloud_integration: { loyalty: { integration_type: "acme-loyalty-connector" } },
    });
    const dpia = dpiaFor(config, "genesyscloud_integration.loyalty", policy);
    expect(dpia.unresolved).toEqual([]);
    expect(dpia.data_elements.map((element) => element.id)).toEqual(["contact_pii", "loyalty_profile"]);
    expect(dpia.controller?.name).toBe("Example Retail Europe B.V.");
  });
});

describe("allow-list entries", () => {
  const withDestination = (destination: Record<string, unknown>) =>
    problemsOf(
      JSON.stringify({ version: 1, destinations: [{ vendor: "V", country: "DE", purposes: ["p"], ...destination }] }),
    );
  const applied = (destination: Record<string, unknown>) => {
    try {
      dpiaFor(terraformJson(oauthClient({ scopes: ["users:readonly"] })), "genesyscloud_oauth_client.app", {
        version: 1,
        destinations: [{ vendor: "V", country: "DE", purposes: ["p"], ...destination }] as never,
      });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("expected the allow-list to be rejected");
  };

  test("a pattern that approves a whole public suffix names the entry", () => {
    expect(applied({ host: "*.com" })).toBe(
      'policy: destinations[0].host: a pattern narrower than the public suffix "com" (it would approve every site under it)',
    );
  });
  test("a URL instead of a host names the entry", () => {
    expect(applied({ host: "https://crm.example.com/api" })).toContain("destinations[0].host: a host name such as");
  });
  test("a made-up or mistaken country code names the entry", () => {
    expect(applied({ host: "crm.example.com", country: "UK" })).toContain(
      'destinations[0].country: an ISO 3166-1 alpha-2 country code, got "UK" (the United Kingdom is "GB")',
    );
  });
  test("an entry must name exactly one of host, aws_account, oauth_client", () => {
    expect(applied({ host: "a.example.com", aws_account: "123456789012" })).toContain("exactly one of");
    expect(applied({})).toContain("exactly one of");
  });
  test("a derogation needs its Art. 49 point", () => {
    expect(applied({ host: "a.example.com", transfer_mechanism: "derogation" })).toContain(
      "destinations[0].derogation",
    );
  });
  test("an unknown transfer mechanism is rejected by the schema", () => {
    expect(withDestination({ host: "a.example.com", transfer_mechanism: "pinky-promise" })).toContain(
      "destinations[0].transfer_mechanism: expected one of",
    );
  });
});
