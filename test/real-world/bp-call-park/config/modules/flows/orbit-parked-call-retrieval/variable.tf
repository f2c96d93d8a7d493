
variable "data_action_category" {
  type        = string
  description = "The Data Action that is to be used in the Inbound Call Flow."
}

variable "data_action_name_1" {
  type        = string
  description = "The Data Action name that is to be used in the Inbound Call Flow."
}

variable "data_action_name_2" {
  type        = string
  description = "The Data Action name that is to be used in the Inbound Call Flow."
}

variable "data_action_name_3" {
  type        = string
  description = "The Data Action name that is to be used in the Inbound Call Flow."
}

variable "flow_name" {
  type        = string
  description = "Name to associate with flow"
}
variable "queue_id" {
  type        = string
  description = "The holding queue id "
}
variable "division_name" {
  type        = string
  description = "Division Name"
}

