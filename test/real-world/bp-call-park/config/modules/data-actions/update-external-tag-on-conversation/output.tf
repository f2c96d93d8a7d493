output "action_name" {
  value = genesyscloud_integration_action.update_external_tag_conversation.name
}

output "action_id" {
  value = genesyscloud_integration_action.update_external_tag_conversation.id
}
