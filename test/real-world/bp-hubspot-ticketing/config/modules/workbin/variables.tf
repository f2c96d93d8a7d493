variable "division_id" {
  type        = string
  description = "The Division ID to be used for creating workbin"
}