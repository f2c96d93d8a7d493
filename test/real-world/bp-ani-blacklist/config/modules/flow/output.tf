output "flow_id" {
  value = "${genesyscloud_flow.inbound_call_flow.id}"
}