output "flow_id" {
  value = "${genesyscloud_flow.workflow.id}"
}