# AWS Credentials
aws_account_id                = "aws-account-id"
aws_region                    = "us-east-1"
aws_event_bus_name            = "automated-chatbot-with-amazon-lex"

# Genesys
genesys_cloud_organization_id = "genesys-cloud-org-id"
client_id                     = "your-client-id"
client_secret                 = "your-client-secret"
gen_cloud_env                 = "us-east-1"