// An EU contact centre (Genesys Cloud in eu-west-1) with the DPIA gate added to its stack:
// a CRM look-up over a web-services data action, a Genesys data action reading external contacts,
// and OAuth clients of both grant kinds. `npx cdktf synth` writes one DPIA per integration and
// OAuth client under cdktf.out/stacks/contact-centre/dpia/ and passes: nothing here is critical.
import { App, Aspects, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { AuthRole } from "./.gen/providers/genesyscloud/auth-role";
import { Integration } from "./.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "./.gen/providers/genesyscloud/integration-action";
import { IntegrationCredential } from "./.gen/providers/genesyscloud/integration-credential";
import { IntegrationCustomAuthAction } from "./.gen/providers/genesyscloud/integration-custom-auth-action";
import { OauthClient } from "./.gen/providers/genesyscloud/oauth-client";
import { GenesyscloudProvider } from "./.gen/providers/genesyscloud/provider";
import { DpiaGate } from "./src";

class ContactCentreStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GenesyscloudProvider(this, "genesyscloud", { awsRegion: "eu-west-1" });

    const crmClientSecret = new TerraformVariable(this, "crm_client_secret", { type: "string", sensitive: true });
    const crmCredential = new IntegrationCredential(this, "crm_credential", {
      name: "CRM OAuth client",
      credentialTypeName: "userDefinedOAuth",
      fields: {
        clientId: "genesys-contact-centre",
        clientSecret: crmClientSecret.stringValue,
        loginUrl: "https://login.crm.example.eu/oauth2/token",
      },
    });
    const crm = new Integration(this, "crm_sync", {
      integrationType: "custom-rest-actions",
      intendedState: "ENABLED",
      config: {
        name: "CRM Customer Sync",
        notes: "Caller look-up in the CRM",
        credentials: { basicAuth: crmCredential.id },
      },
    });
    new IntegrationCustomAuthAction(this, "crm_auth", {
      integrationId: crm.id,
      name: "CRM token",
      configRequest: {
        requestType: "POST",
        requestUrlTemplate: "$${credentials.loginUrl}",
        requestTemplate: "grant_type=client_credentials",
        headers: {
          Authorization: 'Basic $encoding.base64("$${credentials.clientId}:$${credentials.clientSecret}")',
          "Content-Type": "application/x-www-form-urlencoded",
        },
      },
      configResponse: {
        translationMap: { tokenValue: "$.access_token" },
        successTemplate: '{ "token": "$${tokenValue}" }',
      },
    });
    new IntegrationAction(this, "crm_lookup", {
      name: "Look up customer by phone number",
      category: "CRM Customer Sync",
      integrationId: crm.id,
      secure: true,
      configTimeoutSeconds: 10,
      contractInput: JSON.stringify({
        type: "object",
        required: ["phoneNumber"],
        properties: { phoneNumber: { type: "string", description: "E.164 caller number (ANI)" } },
      }),
      contractOutput: JSON.stringify({
        type: "object",
        properties: {
          customerId: { type: "string" },
          firstName: { type: "string" },
          lastName: { type: "string" },
          email: { type: "string" },
          segment: { type: "string" },
        },
      }),
      configRequest: {
        requestType: "GET",
        requestUrlTemplate: "https://api.crm.example.eu/v2/customers?phone=$${input.phoneNumber}",
        headers: { Accept: "application/json" },
      },
      configResponse: {
        translationMap: {
          customerId: "$.items[0].id",
          firstName: "$.items[0].firstName",
          lastName: "$.items[0].lastName",
          email: "$.items[0].email",
          segment: "$.items[0].segment",
        },
        successTemplate:
          '{ "customerId": "$${customerId}", "firstName": "$${firstName}", "lastName": "$${lastName}", "email": "$${email}", "segment": "$${segment}" }',
      },
    });

    // A machine client for Genesys data actions: client credentials, a custom role, home division only.
    const contactReader = new AuthRole(this, "contact_reader", {
      name: "Data action contact reader",
      description: "Reads external contacts for caller identification",
      permissionPolicies: [{ domain: "externalContacts", entityName: "contact", actionSet: ["view"] }],
    });
    const dataActionsClient = new OauthClient(this, "data_actions_client", {
      name: "Genesys data actions",
      description: "Used by the Genesys Cloud data actions integration",
      authorizedGrantType: "CLIENT-CREDENTIALS",
      accessTokenValiditySeconds: 3600,
      roles: [{ roleId: contactReader.id }],
    });
    const gcCredential = new IntegrationCredential(this, "gc_credential", {
      name: "Genesys data actions client",
      credentialTypeName: "pureCloudOAuthClient",
      fields: { clientId: dataActionsClient.clientId, clientSecret: dataActionsClient.clientSecret },
    });
    const gcActions = new Integration(this, "gc_data_actions", {
      integrationType: "purecloud-data-actions",
      intendedState: "ENABLED",
      config: { name: "Genesys Cloud Data Actions", credentials: { pureCloudOAuthClient: gcCredential.id } },
    });
    new IntegrationAction(this, "contact_by_phone", {
      name: "Get external contact by phone",
      category: "Genesys Cloud Data Actions",
      integrationId: gcActions.id,
      secure: true,
      contractInput: JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } }),
      contractOutput: JSON.stringify({
        type: "object",
        properties: { contactId: { type: "string" }, firstName: { type: "string" } },
      }),
      configRequest: {
        requestType: "GET",
        requestUrlTemplate: "/api/v2/externalcontacts/contacts?q=$${input.phoneNumber}",
      },
      configResponse: { translationMap: { contactId: "$.entities[0].id", firstName: "$.entities[0].firstName" } },
    });

    // A supervisor wallboard used by people: authorization-code grant limited by scopes.
    new OauthClient(this, "wallboard", {
      name: "Supervisor wallboard",
      description: "Queue and agent status dashboard for team leads",
      authorizedGrantType: "CODE",
      accessTokenValiditySeconds: 28800,
      registeredRedirectUris: ["https://wallboard.example.eu/callback"],
      scopes: ["routing:readonly", "users:readonly"],
    });

    Aspects.of(this).add(new DpiaGate());
  }
}

const app = new App();
new ContactCentreStack(app, "contact-centre");
app.synth();
