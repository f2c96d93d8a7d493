resource "genesyscloud_routing_wrapupcode" "win" {
  name        = "Win"
  description = "Win test description"
}
resource "genesyscloud_routing_wrapupcode" "unknown" {
  name        = "Unknown"
  description = "Unknown test description"
}
