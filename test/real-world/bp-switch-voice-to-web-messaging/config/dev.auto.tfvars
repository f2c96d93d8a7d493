#Prod
client_id       = "your-client-id"
client_secret   = "your-client-secret"
sms_number      = "+11234567890"
email           = "test-email@company.com"