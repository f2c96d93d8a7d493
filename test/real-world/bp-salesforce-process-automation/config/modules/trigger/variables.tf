variable "workflow_id" {
  type        = string
  description = "Workflow ID."
}

variable "ani" {
  type        = string
  description = "ANI of customer"
}

variable "user_id" {
  type        = string
  description = "user id of agent"
}

variable "conversation_id" {
  type        = string
  description = "The conversation ID for the trigger"
}
