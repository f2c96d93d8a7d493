organizationId         = "<org ID>"
clientId               = "<client ID>"
clientSecret           = "<client secret>"
awsRegion              = "us-east-1"
environment            = "dev"
prefix                 = "enable-egroup"
genesysCloudAccountArn = "arn:aws:iam::123456789675:root"
did_numbers            = ["+12345678901"]