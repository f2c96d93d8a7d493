output "action_name" {
  value = "${genesyscloud_integration_action.update_external_tag.name}"
}