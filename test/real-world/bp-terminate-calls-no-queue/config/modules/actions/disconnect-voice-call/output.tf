output "action_name" {
  value = "${genesyscloud_integration_action.disconnect_voice_call.name}"
}