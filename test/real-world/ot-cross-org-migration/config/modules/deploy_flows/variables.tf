variable "flow_name" {
  type        = string
  description = "Name for the Architect flow resource."
}

variable "flow_filepath" {
  type        = string
  description = "Path to the flow YAML definition."
}
