output "flow_id" {
  value = "${genesyscloud_flow.flow.id}"
}