variable "workflow_id" {
  type        = string
  description = "The Blacklist workflow ID."
}

variable "wrapupcode" {
  type        = string
  description = "The configured wrap up code for negative customer interactions."
}