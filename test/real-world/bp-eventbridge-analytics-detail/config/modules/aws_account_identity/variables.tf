variable "aws_account_region" {
  type = string
}