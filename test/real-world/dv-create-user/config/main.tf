terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

provider "genesyscloud" {}

variable "client_id" {
  type        = string
  description = "The Genesys Cloud OAuth client (client credentials) the data actions run as."
}

variable "client_secret" {
  type        = string
  sensitive   = true
  description = "Its secret, passed at plan time (TF_VAR_client_secret)."
}

module "gc_integration" {
  source = "git::https://github.com/GenesysCloudDevOps/public-api-data-actions-integration-module.git?ref=v1.0.0"

  integration_name                = "GC Data Actions Integration Name"
  integration_creds_client_id     = var.client_id
  integration_creds_client_secret = var.client_secret
}

module "data_action" {
  source             = "git::https://github.com/GenesysCloudDevOps/public-api-create-user-data-action-module.git?ref=main"
  action_name        = "Create User"
  action_category    = "${module.gc_integration.integration_name}"
  integration_id     = "${module.gc_integration.integration_id}"
  secure_data_action = false
}
