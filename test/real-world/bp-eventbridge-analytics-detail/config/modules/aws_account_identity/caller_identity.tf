# Data Source for the current AWS org
data "aws_caller_identity" "current" {}
