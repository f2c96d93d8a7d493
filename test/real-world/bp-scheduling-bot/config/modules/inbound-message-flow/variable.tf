variable "flow_name" {
  type        = string
  description = "Name to assign to the flow."
}

variable "division" {
  type        = string
  description = "Name of the Division to assign to the flow."
}

variable "bot_flow_name" {
  type        = string
  description = "The name of the bot that is to be used in the flow."
}
