# Data Source for the current Genesys Cloud org
data "genesyscloud_organizations_me" "current" {}
