variable "userId" {
  type        = string
  description = "User id to associate with queue"
}

variable "wrapup_processed_id" {
  type        = string
  description = "Wrap up processed id to associate with queue"
}

variable "wrapup_resolved_id" {
  type        = string
  description = "Wrap up resolved id to associate with queue"
}