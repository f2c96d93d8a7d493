import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformProvider, TerraformResource, TerraformStack, type TerraformProviderConfig } from "cdktf";
import type { Construct } from "constructs";
import { AuthRole } from "../../.gen/providers/genesyscloud/auth-role";
import { Integration } from "../../.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "../../.gen/providers/genesyscloud/integration-action";
import { OauthClient } from "../../.gen/providers/genesyscloud/oauth-client";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import type { Dpia } from "../../src/dpia/schema";

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function readDpias(outdir: string, stack: string): Dpia[] {
  const dir = path.join(outdir, "stacks", stack, "dpia");
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Dpia);
}

export const CONTRACT_IN = JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } });
export const CONTRACT_OUT = JSON.stringify({
  type: "object",
  properties: { firstName: { type: "string" }, email: { type: "string" } },
});

/** CRM look-up and a client-credentials client, written with the generated bindings. */
export function bindingsStack(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
  const crm = new Integration(stack, "crm", { integrationType: "custom-rest-actions", config: { name: "CRM" } });
  new IntegrationAction(stack, "lookup", {
    name: "Lookup",
    category: "CRM",
    integrationId: crm.id,
    secure: true,
    contractInput: CONTRACT_IN,
    contractOutput: CONTRACT_OUT,
    configRequest: { requestType: "GET", requestUrlTemplate: "https://crm.example.eu/c?phone=$${input.phoneNumber}" },
  });
  addRecordingsExporter(stack);
  return stack;
}

/** A client-credentials client that may view recordings in every division (blocks: GC-REC-3). */
export function addRecordingsExporter(stack: TerraformStack): void {
  const role = new AuthRole(stack, "recordings", {
    name: "Recordings",
    permissionPolicies: [{ domain: "recording", entityName: "recording", actionSet: ["view"] }],
  });
  new OauthClient(stack, "exporter", {
    name: "Exporter",
    authorizedGrantType: "CLIENT-CREDENTIALS",
    roles: [{ roleId: role.id, divisionId: "*" }],
  });
}

/** A payment service that receives card numbers and CVVs from a data action (blocks: GC-FLW-1). */
export function addCardPayment(stack: TerraformStack, actionId: string, url: string): void {
  const psp = new Integration(stack, "psp", {
    integrationType: "custom-rest-actions",
    config: { name: "Card payments" },
  });
  new IntegrationAction(stack, actionId, {
    name: "Charge",
    category: "Payments",
    integrationId: psp.id,
    contractInput: JSON.stringify({
      type: "object",
      properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
    }),
    contractOutput: JSON.stringify({ type: "object", properties: {} }),
    configRequest: { requestType: "POST", requestUrlTemplate: url },
  });
}

class PlainGenesysProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, config: TerraformProviderConfig) {
    super(scope, id, config);
  }
}

function plain(stack: TerraformStack, id: string, type: string): TerraformResource {
  return new TerraformResource(stack, id, {
    terraformResourceType: type,
    terraformGeneratorMetadata: { providerName: "genesyscloud" },
  });
}

/**
 * The same configuration with no bindings: plain TerraformResource with escape-hatch overrides,
 * and Velocity tokens left unescaped, as authors without the bindings often write them.
 */
export function plainStack(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  const provider = new PlainGenesysProvider(stack, "genesyscloud", {
    terraformResourceType: "genesyscloud",
    terraformProviderSource: "mypurecloud/genesyscloud",
    terraformGeneratorMetadata: { providerName: "genesyscloud" },
  });
  provider.addOverride("aws_region", "eu-west-1");
  const crm = plain(stack, "crm", "genesyscloud_integration");
  crm.addOverride("integration_type", "custom-rest-actions");
  crm.addOverride("config", [{ name: "CRM" }]);
  const lookup = plain(stack, "lookup", "genesyscloud_integration_action");
  lookup.addOverride("name", "Lookup");
  lookup.addOverride("category", "CRM");
  lookup.addOverride("integration_id", crm.getStringAttribute("id"));
  lookup.addOverride("secure", true);
  lookup.addOverride("contract_input", CONTRACT_IN);
  lookup.addOverride("contract_output", CONTRACT_OUT);
  lookup.addOverride("config_request.request_type", "GET");
  lookup.addOverride("config_request.request_url_template", "https://crm.example.eu/c?phone=${input.phoneNumber}");
  const role = plain(stack, "recordings", "genesyscloud_auth_role");
  role.addOverride("name", "Recordings");
  role.addOverride("permission_policies", [{ domain: "recording", entity_name: "recording", action_set: ["view"] }]);
  const client = plain(stack, "exporter", "genesyscloud_oauth_client");
  client.addOverride("name", "Exporter");
  client.addOverride("authorized_grant_type", "CLIENT-CREDENTIALS");
  client.addOverride("roles", [{ role_id: role.getStringAttribute("id"), division_id: "*" }]);
  return stack;
}

export function newApp(outdir: string, skipValidation = false): App {
  return new App({ outdir, skipValidation });
}
