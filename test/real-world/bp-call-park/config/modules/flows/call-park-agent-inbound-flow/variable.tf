variable "flow_name" {
  type        = string
  description = "Name to associate with flow"
}

variable "division_name" {
  type        = string
  description = "Division Name"
}


variable "in_queue_flow_name" {
  type        = string
  description = "In-Queue flow name"
}

variable "queue_id" {
  type        = string
  description = "Queue ID"
}

variable "queue_name" {
  type        = string
  description = "Queue name"
}
