import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readStateJson } from "../../src/inventory/read-state";
import { InputError } from "../../src/validation/input-error";
import { runDpia } from "../helpers/run-cli";

// Names of Object's own members used as argument names: the provider schema once found them (a
// `constructor` "block"), and the gate stopped with an internal error instead of Terraform's refusal.
const MEMBER_NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty"];

function folderWith(file: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-proto-"));
  fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const PROVIDER = `terraform {\n  required_providers {\n    genesyscloud = {\n      source  = "mypurecloud/genesyscloud"\n      version = "1.84.1"\n    }\n  }\n}\n`;

describe("an argument named like one of Object's members is Terraform's refusal, not an internal error", () => {
  test.each(MEMBER_NAMES)("%s in a .tf file", (name) => {
    const dir = folderWith(
      "main.tf",
      `${PROVIDER}resource "genesyscloud_auth_role" "r" {\n  name = "Reader"\n  ${name} = "x"\n}\n`,
    );
    const result = runDpia(["gate", dir], { cwd: dir });
    expect(result.status, result.output).toBe(2);
    expect(result.stderr).toContain(`genesyscloud_auth_role.r.${name}`);
    expect(result.stderr).not.toContain("internal error");
  });

  test("in Terraform JSON, as a value and as a block", () => {
    const dir = folderWith(
      "main.tf.json",
      JSON.stringify({
        terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version: "1.84.1" } } },
        resource: {
          genesyscloud_auth_role: { r: JSON.parse('{"name":"Reader","__proto__":{"a":1},"constructor":[{}]}') },
        },
      }),
    );
    const result = runDpia(["gate", dir], { cwd: dir });
    expect(result.status, result.output).toBe(2);
    expect(result.stderr).toContain("genesyscloud_auth_role.r.__proto__");
    expect(result.stderr).not.toContain("internal error");
  });

  test("in the values of a state: read as data or refused, never a crash", () => {
    const state = JSON.parse(
      '{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{"resources":[{"address":"genesyscloud_auth_role.reader","mode":"managed","type":"genesyscloud_auth_role","name":"reader","provider_name":"registry.terraform.io/mypurecloud/genesyscloud","schema_version":0,"values":{"__proto__":"r-1","name":"Reporting reader","description":"","permissions":[],"default_role_id":null,"permission_policies":[{"domain":"analytics","entity_name":"conversationAggregate","action_set":["view"],"conditions":[]}]},"sensitive_values":{}},{"address":"genesyscloud_oauth_client.reporting","mode":"managed","type":"genesyscloud_oauth_client","name":"reporting","provider_name":"registry.terraform.io/mypurecloud/genesyscloud","schema_version":0,"values":{"id":"c-1","name":"Reporting","authorized_grant_type":"CLIENT-CREDENTIALS","access_token_validity_seconds":3600,"state":"active","roles":[{"role_id":"r-1","division_id":"*"}],"scopes":[]},"sensitive_values":{}}]}}}',
    );
    let inventory: ReturnType<typeof readStateJson> | undefined;
    try {
      inventory = readStateJson(state, "state.json");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
    }
    if (inventory) expect(Object.getPrototypeOf(inventory.resources[0]!.attributes)).toBe(Object.prototype);
  });

  test("an object under __proto__ in a state's values stays data, not the attributes' prototype", () => {
    const state = JSON.parse(
      '{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{"resources":[{"address":"genesyscloud_auth_role.r","mode":"managed","type":"genesyscloud_auth_role","name":"r","provider_name":"registry.terraform.io/mypurecloud/genesyscloud","schema_version":0,"values":{"__proto__":{"name":"Hidden"},"permission_policies":[]},"sensitive_values":{}}]}}}',
    );
    const attributes = readStateJson(state, "state.json").resources[0]!.attributes;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(attributes.name).toBeUndefined();
  });
});
