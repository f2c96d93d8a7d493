provider "genesyscloud" {
  oauthclient_id     = "xxx"
  oauthclient_secret = "xxx"
  aws_region         = "us-west-2"

  # oauthclient_id     = "xxx"
  # oauthclient_secret = "xxx"
  # aws_region         = "us-east-1"

  sdk_debug = true
}
