variable "script_name" {
  type        = string
  description = "Name to associate with script"
}

variable "data_action_name" {
  type        = string
  description = "Data action name to associate with script"
}

variable "data_action_id" {
  type        = string
  description = "Data action id to associate with script"
}

variable "org_id" {
  type        = string
  description = "Organization ID"
}

variable "queue_id" {
  type        = string
  description = "Queue ID"
}

variable "action_name" {
  type        = string
  description = "Action name to associate with script"
}
