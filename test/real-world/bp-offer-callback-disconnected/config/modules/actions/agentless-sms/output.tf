output "action_name" {
  value = "${genesyscloud_integration_action.agentless_sms.name}"
}