
variable "data_action_category" {
  type        = string
  description = "The Data Action that is to be used in the Inbound Call Flow."
}

variable "data_action_name" {
  type        = string
  description = "The Data Action name that is to be used in the Inbound Call Flow."
}

variable "data_table_name" {
  type        = string
  description = "The Data Table name that is to be used in the Inbound Call Flow."
}