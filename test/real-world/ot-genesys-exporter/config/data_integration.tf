data "genesyscloud_integration" "genesys_integration" {
  name = "Genesys Cloud Data Actions"
}