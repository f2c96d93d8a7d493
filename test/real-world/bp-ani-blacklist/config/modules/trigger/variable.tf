variable "workflow_id" {
  type        = string
  description = "The Blacklist workflow ID."
}