variable "genesyscloud_integration_id" {
  type        = string
  description = "Integration id for the Genesys Cloud credentials"
}
