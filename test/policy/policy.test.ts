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

  test("invalid JSON says so", () => {
    expect(problemsOf('{ "version": 1, ')).toMatch(/^dpia\.policy\.json: valid JSON/);
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
    fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ version: 1, thresholds: { block_at: "High" } }));
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
      scopes: [{ scopes: ["loyalty:readonly"], reach: "customer" as const, data_elements: ["contact_pii"], unlocks: "loyalty accounts" }],
    };
    const taught = dpiaFor(config, "genesyscloud_oauth_client.app", policy);
    expect(taught.unresolved).toEqual([]);
    expect(taught.data_elements.map((element) => element.id)).toEqual(["contact_pii"]);
  });

  test("a policy that names an unknown data element is rejected", () => {
    const policy = { version: 1 as const, scopes: [{ scopes: ["x"], reach: "none" as const, data_elements: ["no_such_element"], unlocks: "" }] };
    expect(() => dpiaFor(terraformJson(oauthClient({ scopes: ["x"] })), "genesyscloud_oauth_client.app", policy)).toThrow(/no_such_element/);
  });
});

describe("dpia.policy.example.json", () => {
  test("validates and teaches the catalog its integration type", () => {
    const file = path.join(__dirname, "../../dpia.policy.example.json");
    const policy = parsePolicy(fs.readFileSync(file, "utf8"), file);
    const config = terraformJson({ genesyscloud_integration: { loyalty: { integration_type: "acme-loyalty-connector" } } });
    const dpia = dpiaFor(config, "genesyscloud_integration.loyalty", policy);
    expect(dpia.unresolved).toEqual([]);
    expect(dpia.data_elements.map((element) => element.id)).toEqual(["contact_pii", "loyalty_profile"]);
    expect(dpia.controller?.name).toBe("Example Retail Europe B.V.");
  });
});
