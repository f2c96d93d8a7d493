variable "workflow_id" {
  type        = string
  description = "The Blacklist workflow ID."
}

variable "dnis" {
  type        = string
  description = "Add your configured DID Number with the format `tel:+11234567890`"
}