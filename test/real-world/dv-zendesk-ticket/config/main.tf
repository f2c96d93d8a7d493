terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

provider "genesyscloud" {}

variable "zendesk_user_email" {
  type = string
}

variable "zendesk_base_url" {
  type        = string
  description = "Base URL for customer service, typically https://{subdomain}.zendesk.com."
}

variable "zendesk_api_token" {
  type      = string
  sensitive = true
}

module "integration" {
  source = "git::https://github.com/GenesysCloudDevOps/zendesk-data-actions-integration-module.git?ref=v1.0.0"

  integration_name             = "Zendesk Integration"
  integration_creds_user_email = var.zendesk_user_email
  integration_creds_base_url   = var.zendesk_base_url
  integration_creds_api_token  = var.zendesk_api_token
}

module "data_action" {
  source             = "git::https://github.com/GenesysCloudDevOps/zendesk-create-ticket-data-action-module.git?ref=v1.0.0"
  action_name        = "Create Ticket"
  action_category    = "${module.integration.integration_name}"
  integration_id     = "${module.integration.integration_id}"
  secure_data_action = false
}
