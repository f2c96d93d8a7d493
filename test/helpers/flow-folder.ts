// A folder of Terraform with a CRM data action and the Architect flow files given, as `dpia gate` reads one: for tests
// of what flows call.
import { writeFolder } from "./write-folder";

/** A web-services integration "CRM" with one action, "Get Customer", taking the caller's phone number. */
export const CRM = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}

resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Get Customer"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input  = jsonencode({ type = "object", properties = { phoneNumber = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { firstName = { type = "string" }, email = { type = "string" } } })
  config_request {
    request_type         = "GET"
    request_url_template = "https://crm.example.eu/customers?phone=$\${input.phoneNumber}"
  }
}
`;

export const flowYaml = (...actions: string[]) => `inboundCall:
  name: Support
  defaultLanguage: en-us
  startUpRef: ./tasks/task[main]
  tasks:
    - task:
        name: Main
        refId: main
        actions:
${actions
  .map(
    (action) => `          - callData:
              name: Look up caller
              timeout:
                lit:
                  minutes: 1
              category:
                CRM:
                  dataAction:
                    ${action}:
                      inputs:
                        phoneNumber:
                          exp: Call.Ani
`,
  )
  .join("")}          - disconnect:
              name: Disconnect
`;

export function flowFolder(tf: string, files: Record<string, string>): string {
  return writeFolder("flow-gate-", { "main.tf": tf, "none.json": JSON.stringify({ version: 1 }), ...files });
}
