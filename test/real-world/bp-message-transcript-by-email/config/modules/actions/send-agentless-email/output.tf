output "action_name" {
  value = "${genesyscloud_integration_action.send_agentless_email.name}"
}