variable "flow_id" {
  type        = string
  description = "Flow id to associate with widget"
}

variable "config_id" {
  type        = string
  description = "Configuration id to associate with widget"
}

variable "config_ver" {
  type        = string
  description = "Configuration version to associate with widget"
}

variable "web_messenger_deployment_name" {
  type        = string
  description = "The name of the web messenger deployment"
}
