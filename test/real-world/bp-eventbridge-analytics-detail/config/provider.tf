# Configure the AWS Provider
provider "aws" {
  region = var.aws_account_region
}