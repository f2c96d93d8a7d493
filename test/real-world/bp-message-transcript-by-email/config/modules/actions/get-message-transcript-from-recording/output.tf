output "action_name" {
  value = "${genesyscloud_integration_action.get_message_transcript.name}"
}