variable "user_id" {
  type        = string
  description = "The User ID to be used for creating group"
}