variable "flow_name" {
  type        = string
  description = "Name to associate with flow"
}
variable "division_name" {
  type        = string
  description = "Division Name"
}
