provider "genesyscloud" {
  oauthclient_id     = "client-id"
  oauthclient_secret = "client-secret"
  aws_region         = "us-east-1"
}