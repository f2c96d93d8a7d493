output "action_name" {
  value = "${genesyscloud_integration_action.get_external_contact_id.name}"
}