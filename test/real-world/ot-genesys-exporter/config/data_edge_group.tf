data "genesyscloud_telephony_providers_edges_edge_group" "edgeGroup" {
  name = var.edge_group_name
}