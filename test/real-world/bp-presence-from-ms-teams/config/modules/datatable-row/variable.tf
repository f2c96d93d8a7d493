variable "datatable_id" {
  type        = string
  description = "The Data Table ID."
}