output "workflow_id" {
  value = "${genesyscloud_flow.terminate_outbound_call_missing_queue.id}"
}