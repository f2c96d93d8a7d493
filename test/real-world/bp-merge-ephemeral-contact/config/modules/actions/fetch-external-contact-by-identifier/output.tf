output "action_name" {
  value = genesyscloud_integration_action.fetch_external_contact_by_identifier.name
}
