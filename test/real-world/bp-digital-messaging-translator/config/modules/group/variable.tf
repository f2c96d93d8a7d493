
variable "userId" {
  type        = string
  description = "Your user ID"
}
