variable "ROLES" {
  type = list(string)
}

variable "RESOURCE_PREFIX" {
  type = string
}

variable "DIVISION" {
  type = string
}