#Prod
environment            = "dev"
prefix                 = "web-messaging"
email                  = "test-email@company.com"