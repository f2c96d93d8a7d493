resource "genesyscloud_auth_division" "exporter_division" {
  name = "Exporter Division"
}