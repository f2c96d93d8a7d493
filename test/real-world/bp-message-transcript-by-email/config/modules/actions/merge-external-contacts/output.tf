output "action_name" {
  value = "${genesyscloud_integration_action.merge_external_contacts.name}"
}