variable "client_id" {
  type        = string
  description = "The OAuth (Client Credentails) Client ID to be used by Data Actions"
}

variable "client_secret" {
  type        = string
  description = "The OAuth (Client Credentails) Client Secret to be used by Data Actions"
}

variable "division_name" {
  type        = string
  description = "Division Name"
}

variable "org_id" {
  type        = string
  description = "Organization ID"
}

variable "email" {
  type        = string
  description = "Your user email"
}

