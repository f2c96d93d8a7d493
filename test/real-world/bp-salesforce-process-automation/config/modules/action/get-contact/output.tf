output "action_name" {
  value = genesyscloud_integration_action.get-contact.name
}
