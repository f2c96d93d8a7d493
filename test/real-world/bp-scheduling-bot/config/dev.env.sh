export GENESYSCLOUD_OAUTHCLIENT_ID='your-client-id'
export GENESYSCLOUD_OAUTHCLIENT_SECRET='your-client-secret'
export GENESYSCLOUD_REGION='your-genesys-cloud-region'

# Provide your AWS Account in at least one of the following

# AWS Profile (should be configured in your ~/.aws/credentials file and login with aws sso login if using SSO)
export AWS_PROFILE='your-aws-profile'

# AWS Access Keys
# export AWS_ACCESS_KEY_ID='your_access_key_id'
# export AWS_SECRET_ACCESS_KEY='your_secret_access_key'
# export AWS_SESSION_TOKEN='your_session_token' (if using temporary credentials)