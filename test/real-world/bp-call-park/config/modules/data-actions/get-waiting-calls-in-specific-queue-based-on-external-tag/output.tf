output "action_name" {
  value = genesyscloud_integration_action.get_waiting_calls.name
}
