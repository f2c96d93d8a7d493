terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

provider "genesyscloud" {}

variable "servicenow_username" {
  type = string
}

variable "servicenow_password" {
  type      = string
  sensitive = true
}

# The published custom-rest-integration-module (v1.0.0 and main) cannot be planned: its main.tf
# reads var.integration_creds_username/password, which its variables.tf does not declare
# (it declares username/password), and its README passes integration_creds_* to it. The Web
# Services Data Actions integration is declared here exactly as that module means to.
resource "genesyscloud_integration" "integration" {
  integration_type = "custom-rest-actions"
  intended_state   = "ENABLED"

  config {
    name = "Custom Rest Integration"
    credentials = {
      basicAuth = genesyscloud_integration_credential.credential.id
    }
  }
}

resource "genesyscloud_integration_credential" "credential" {
  name                 = "Custom Rest Credentials"
  credential_type_name = "basicAuth"

  fields = {
    userName = var.servicenow_username
    password = var.servicenow_password
  }
}

module "data_action" {
  source             = "git::https://github.com/GenesysCloudDevOps/servicenow-get-5-major-issues-data-action-module.git?ref=v1.0.0"
  action_name        = "GET 5 Major Issues"
  action_category    = genesyscloud_integration.integration.config[0].name
  integration_id     = genesyscloud_integration.integration.id
  secure_data_action = false
}
