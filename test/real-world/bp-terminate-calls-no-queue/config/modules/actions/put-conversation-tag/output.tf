output "action_name" {
  value = "${genesyscloud_integration_action.put_conversation_tag.name}"
}