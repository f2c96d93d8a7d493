variable "user_id" {
  type        = string
  description = "User id to associate with queue"
}

variable "queue_name" {
  type        = string
  description = "Name of the queue"
}
