export GENESYSCLOUD_OAUTHCLIENT_ID='your-client-id-here'
export GENESYSCLOUD_OAUTHCLIENT_SECRET='your-client-secret-here'
export GENESYSCLOUD_REGION='your-genesys-cloud-region' # e.g. us_east_1
