variable "web_deployment_configuration_name" {
  type        = string
  description = "The name of the web deployment configuration"
}
