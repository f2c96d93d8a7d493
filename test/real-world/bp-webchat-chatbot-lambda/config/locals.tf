locals {
  lambda_zip_dir = "${path.module}/../lambda-orderstatus/bin"
}

