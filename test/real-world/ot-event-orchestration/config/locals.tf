locals {
  saveUserData_lambda_zip_dir = "${path.module}/../lambda-saveUserData/bin"
}

locals{
  paymentId_lambda_zip_dir = "${path.module}/../lambda-paymentIdGenerator/bin"
}
