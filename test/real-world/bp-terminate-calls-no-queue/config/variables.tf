variable "client_id_with_analytics" {
  type        = string
  description = "The OAuth (Client Credentails) Client ID to be used by Data Actions."
}

variable "client_secret_with_analytics" {
  type        = string
  description = "The OAuth (Client Credentails) Client Secret to be used by Data Actions."
}