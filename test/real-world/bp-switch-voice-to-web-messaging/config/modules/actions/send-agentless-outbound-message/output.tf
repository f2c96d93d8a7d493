output "action_name" {
  value = "${genesyscloud_integration_action.send_outbound_message.name}"
}