variable "data_actions_integration_name" {
    type        = string
    description = "Name of the Genesys Cloud data actions integration."
    default     = "Genesys Cloud Data Actions"
}