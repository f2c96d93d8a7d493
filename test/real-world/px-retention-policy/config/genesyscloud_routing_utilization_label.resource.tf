resource "genesyscloud_routing_utilization_label" "red_label" {
  name = "red"
}

resource "genesyscloud_routing_utilization_label" "blue_label" {
  name = "blue"
}
