#Prod
organizationId = "011a0480-9a1e-4da9-8cdd-2642474cf92a"
awsRegion              = "us-west-2"
environment            = "dev"
prefix                 = "dude-order-status"
genesysCloudAccountArn = "arn:aws:iam::765628985471:root"
  