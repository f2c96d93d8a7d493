variable "group_id" {
  type        = string
  description = "The Group ID to be used for creating Integration"
}

variable "account_id" {
  type        = string
  description = "The Account ID to be used for creating Integration"
}