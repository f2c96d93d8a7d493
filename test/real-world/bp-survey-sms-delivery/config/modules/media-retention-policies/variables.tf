variable "client_id" {
    type        = string
    description = "Client id to be used for client credentials"
}

variable "client_secret" {
    type        = string
    description = "Client secret to be used for client credentials"
}