output "flow_id" {
  value = "${genesyscloud_flow.in_queue_call_flow.id}"
}