locals {
  lambda_request_zip_dir = "${path.module}/../lambda-emergency-request/bin"
}

locals {
  lambda_processor_zip_dir = "${path.module}/../lambda-emergency-processor/bin"
}

