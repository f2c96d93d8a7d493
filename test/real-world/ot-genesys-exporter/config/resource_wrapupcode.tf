resource "genesyscloud_routing_wrapupcode" "exporter_wrapup" {
  name        = "Exporter_wrapup"
  description = "useless wrapup code for exporter tool"
}