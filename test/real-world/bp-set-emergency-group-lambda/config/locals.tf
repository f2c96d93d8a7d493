locals {
    lambda_zip_dir = "${path.module}/../lambda-code/bin"
}