terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

provider "genesyscloud" {}

variable "salesforce_username" {
  type = string
}

variable "salesforce_password" {
  type      = string
  sensitive = true
}

variable "salesforce_security_token" {
  type      = string
  sensitive = true
}

module "integration" {
  source = "git::https://github.com/GenesysCloudDevOps/salesforce-data-actions-integration-module.git?ref=v1.0.0"

  integration_name                = "Salesforce Data Actions Integration Name"
  salesforce_creds_username       = var.salesforce_username
  salesforce_creds_password       = var.salesforce_password
  salesforce_creds_security_token = var.salesforce_security_token
}

module "data_action" {
  source             = "git::https://github.com/GenesysCloudDevOps/salesforce-get-opportunity-owners-email-by-account-id-data-action-module.git?ref=v1.0.0"
  action_name        = "Get Opportunity Owners Email by Account Id"
  action_category    = "${module.integration.integration_name}"
  integration_id     = "${module.integration.integration_id}"
  secure_data_action = false
}
