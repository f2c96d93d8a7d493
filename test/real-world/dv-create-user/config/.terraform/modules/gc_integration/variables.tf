variable "integration_name" {
    type        = string
    description = "The name of the Genesys Cloud integration."
}

variable "integration_creds_client_id" {
    type        = string
    description = "The Genesys Cloud oauth client ID."
}

variable "integration_creds_client_secret" {
    type        = string
    description = "The Genesys Cloud oauth client secret."
}

