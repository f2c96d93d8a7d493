terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

provider "genesyscloud" {}

variable "dynamics_username" {
  type = string
}

variable "dynamics_password" {
  type      = string
  sensitive = true
}

variable "dynamics_application_id" {
  type = string
}

module "integration" {
  source = "git::https://github.com/GenesysCloudDevOps/dynamics-365-data-actions-integration-module.git?ref=v1.0.0"

  integration_name                  = "Dynamics 365 Integration"
  integration_creds_username        = var.dynamics_username
  integration_creds_password        = var.dynamics_password
  integration_creds_org_web_address = "https://example.domain.dynamics.com"
  integration_creds_application_id  = var.dynamics_application_id
}

module "data_action" {
  source             = "git::https://github.com/GenesysCloudDevOps/dynamics-365-get-most-recent-lead-by-phone-number-data-action-module.git?ref=v1.0.0"
  action_name        = "Get Most Recent Lead By Phone Number"
  action_category    = "${module.integration.integration_name}"
  integration_id     = "${module.integration.integration_id}"
  secure_data_action = false
}
