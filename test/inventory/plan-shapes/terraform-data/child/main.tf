variable "value" {
  type = string
}

variable "secret" {
  type      = string
  sensitive = true
}

resource "terraform_data" "inner" {
  input = {
    id     = var.value
    secret = var.secret
    plain  = "constant"
  }
}
