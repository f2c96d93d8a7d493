output "workflow_id" {
  value = "${genesyscloud_flow.send_email_workflow.id}"
}
