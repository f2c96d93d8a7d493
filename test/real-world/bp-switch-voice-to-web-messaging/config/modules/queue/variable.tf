variable "userId" {
  type        = string
  description = "User id to associate with queue"
}

variable "queue_flow_id" {
  type        = string
  description = "In-Queue flow ID"
}