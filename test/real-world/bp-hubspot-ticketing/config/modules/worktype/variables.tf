variable "workbin_id" {
  type        = string
  description = "The Workbin ID to be used for creating worktype"
}

variable "schema_id" {
  type        = string
  description = "The Schema ID to be used for creating worktype"
}

variable "division_id" {
  type        = string
  description = "The Division ID to be used for creating worktype"
}